// A one-line progress bar on standard error, drawn only when stderr is a terminal (never in
// pipes, logs or CI output).
export interface Progress {
  tick(label: string): void;
  /** Prints a message line above the bar. */
  log(line: string): void;
  done(): void;
}

const WIDTH = 24;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true && total > 1;
  let done = 0;
  const clear = (): void => {
    if (tty) stream.write('\r\x1b[K');
  };
  const draw = (label: string): void => {
    if (!tty) return;
    const filled = Math.round((done / total) * WIDTH);
    const room = Math.max(10, (stream.columns ?? 80) - WIDTH - 16);
    const name = label.length > room ? `…${label.slice(-(room - 1))}` : label;
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${name}`);
  };
  return {
    tick(label) {
      done++;
      draw(label);
    },
    log(line) {
      clear();
      stream.write(line + '\n');
    },
    done() {
      clear();
    },
  };
}
