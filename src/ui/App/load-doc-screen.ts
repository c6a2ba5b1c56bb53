// The document screen's code, fetched apart from Home's: the App shows it, main.tsx warms it up once Home has settled.
export const loadDocScreen = () => import('../DocScreen/index.tsx').then((m) => m.DocScreen);
