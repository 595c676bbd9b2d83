/**
 * A process that sees one directory read-only while every other process may write it, the way a host mounts a
 * shared builds root read-only: the command runs in a mount namespace of its own (util-linux `unshare`) where
 * the directory is bound onto itself and remounted read-only, so its writes fail with EROFS even as root (for
 * whom permission bits such as 0555 stop nothing). Without root, a user namespace gives the rights to mount.
 *   await startApiProcess(env, 60_000, readOnlyView(buildsRoot));
 * The directory must exist before the process starts; the view ends with the process.
 */
import type { Launcher } from './api-process';

const BIND_READ_ONLY = 'set -e; mount --bind "$1" "$1"; mount -o remount,bind,ro "$1" "$1"; shift; exec "$@"';

export function readOnlyView(dir: string): Launcher {
  const asRoot = process.getuid?.() === 0;
  return (command, args) => ({
    command: 'unshare',
    args: [
      ...(asRoot ? [] : ['--map-root-user']),
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      BIND_READ_ONLY,
      'sh',
      dir,
      command,
      ...args,
    ],
  });
}
