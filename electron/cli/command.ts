/** The shape of a `roadbook` CLI command. Later capabilities add files under commands/. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
}

export interface CliCommand {
  /** The words that select it, e.g. ['content', 'check']. */
  readonly name: readonly string[];
  readonly summary: string;
  readonly usage: string;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
