// Saves an export where staff choose: the browser's save dialog where it has one (showSaveFilePicker), a download otherwise.
import { allowDownload } from '../../kiosk/lockdown.ts';

export type SaveResult = 'saved' | 'cancelled';

interface SavePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}

export async function saveFile(blob: Blob, name: string, description: string): Promise<SaveResult> {
  const picker = (window as SavePickerWindow).showSaveFilePicker;
  if (picker) {
    const extension = name.slice(name.lastIndexOf('.'));
    let handle;
    try {
      handle = await picker({ suggestedName: name, types: [{ description, accept: { [blob.type]: [extension] } }] });
    } catch (e) {
      // Closing the dialog is a choice, not a failure.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
      throw e;
    }
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    return 'saved';
  }
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  // Lockdown stops every download a resident could start; this one the app made itself.
  const forget = allowDownload(url);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is kept a little longer for slow disks.
  setTimeout(() => {
    forget();
    URL.revokeObjectURL(url);
  }, 60_000);
  return 'saved';
}
