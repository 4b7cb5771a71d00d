import { contextBridge } from 'electron';
contextBridge.exposeInMainWorld('roadbook', {});
