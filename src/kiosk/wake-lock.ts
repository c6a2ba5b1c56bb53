// Keeps the display on where the browser can (the Screen Wake Lock API); the lock is lost when the page is hidden.

export function keepScreenOn(): void {
  if (!('wakeLock' in navigator)) return;
  const request = () =>
    navigator.wakeLock.request('screen').catch((e: unknown) => console.warn('screen wake lock refused', e));
  void request();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void request();
  });
}
