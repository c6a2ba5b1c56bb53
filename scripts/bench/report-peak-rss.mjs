// Preloaded (--import) into a measured Node process: at exit it writes its own peak resident memory to stderr, as
// "chayue-peak-rss-kb N" (read by pack-bench.ts). Node's resourceUsage().maxRSS is the kernel's ru_maxrss (kilobytes on
// Linux), what GNU time -v reports, without needing that program on the machine. Plain JavaScript: the pack's worker
// threads inherit the flag, and load it before tsx could compile TypeScript for them.
process.on('exit', () => process.stderr.write(`\nchayue-peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
