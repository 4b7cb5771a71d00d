/** Vite turns `import X from '…?worker'` into a Worker constructor for a bundled worker file. */
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
