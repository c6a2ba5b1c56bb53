// A screen's table follows the language: Chinese at once, English once its chunk has come, and back without waiting.
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useTable, type Language } from './index.ts';

function Title({ language }: { language: Language }) {
  return <h1>{useTable(language).search.title}</h1>;
}

describe('useTable', () => {
  it('shows the table still showing until English has come, then English, and Chinese again at once', async () => {
    const { rerender } = render(<Title language="zh-CN" />);
    const chinese = screen.getByRole('heading').textContent;
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);

    rerender(<Title language="en" />);
    await waitFor(() => expect(screen.getByRole('heading').textContent).toMatch(/^[\x20-\x7e]+$/));

    rerender(<Title language="zh-CN" />);
    expect(screen.getByRole('heading').textContent).toBe(chinese);
  });
});
