// A progress bar on stderr: redrawn in place on a terminal, a line per quarter when piped to a file.

const WIDTH = 30;

export function progressBar(label, total) {
  let lastQuarter = -1;
  let lastDrawn = 0;
  const render = (done) => {
    const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
    return `${label.padEnd(28)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total}`;
  };
  return {
    update(done) {
      if (process.stderr.isTTY) {
        // Redrawing costs a write: a few times a second is enough for the eye.
        const now = performance.now();
        if (now - lastDrawn < 100 && done < total) return;
        lastDrawn = now;
        process.stderr.write(`\r${render(done)}`);
      } else if (Math.floor((done / total) * 4) > lastQuarter) {
        lastQuarter = Math.floor((done / total) * 4);
        process.stderr.write(`${render(done)}\n`);
      }
    },
    done() {
      if (process.stderr.isTTY) process.stderr.write(`\r${render(total)}\n`);
      else if (lastQuarter < 4) process.stderr.write(`${render(total)}\n`);
    },
  };
}
