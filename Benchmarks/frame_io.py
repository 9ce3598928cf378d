"""Starting a program and waiting for its first frame, on a pseudo-terminal of its own or in a tmux pane read by
a control client. Shared by the first-frame benchmarks and the tmux intake benchmark."""
import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def on_pty(argv, marker, env):
    """Starts `argv` on a new 120x40 terminal and reads it until `marker` has been written; gives the milliseconds
    that took and the bytes written."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
        os.execvpe(argv[0], argv, env)
    seen = b''
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit(f'{argv[0]}: no frame within 5 s')
        try:
            seen += os.read(fd, 65536)
        except OSError:
            raise SystemExit(f'{argv[0]}: ended before its first frame')
    elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed, seen


def in_tmux_pane(command, marker, socket, env):
    """Milliseconds from starting `command` in a 120x40 tmux pane until tmux reports output holding `marker`.

    The pane starts a shell that waits for Enter and then execs the command; a control client (`tmux -C`) is
    attached and sends Enter, and the clock runs from Enter until the client is told of pane output that holds
    the marker. No polling of the screen: what is measured is the program plus tmux taking in what it
    writes."""
    tmux = _waiting_session(command, socket, env)
    client = subprocess.Popen(tmux + ['-C', 'attach'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                              env=env)
    try:
        # The client is attached once it has answered a command.
        client.stdin.write(b'refresh-client -C 120x40\n')
        _read_until(client, b'%end')
        # Enter goes through the control client too: the clock starts as it is sent, not after a separate tmux
        # process has delivered it and ended, by which time a quick program may already have drawn.
        start = time.perf_counter()
        client.stdin.write(b'send-keys Enter\n')
        _read_until(client, marker)
        return (time.perf_counter() - start) * 1000
    finally:
        subprocess.run(tmux + ['kill-server'], env=env, stderr=subprocess.DEVNULL)
        client.wait()


def _waiting_session(command, socket, env):
    """Starts a tmux server with a 120x40 pane whose shell runs `command` once Enter comes; gives the tmux command
    line for that server."""
    tmux = ['tmux', '-L', socket, '-f', '/dev/null']
    subprocess.run(tmux + ['new-session', '-d', '-x', '120', '-y', '40', 'read go; exec ' + command],
                   check=True, env=env)
    return tmux


def _read_until(client, marker):
    seen = b''
    while marker not in seen:
        ready, _, _ = select.select([client.stdout], [], [], 10)
        if not ready:
            raise SystemExit(f'no tmux output holding {marker!r} within 10 s')
        chunk = os.read(client.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit(f'tmux ended before showing {marker!r}')
        seen += chunk


def in_tmux_client(command, marker, socket, env):
    """Milliseconds from starting `command` in a 120x40 tmux pane until a terminal attached to tmux shows
    `marker`: what a person looking at tmux sees.

    A client is attached on a pseudo-terminal of its own (120x40, tmux's status line off) and read directly; the
    pane's shell waits for Enter, which is typed into that terminal, and the clock runs until the client's output
    holds the marker. So the time holds the program, tmux taking in its output and tmux drawing it again for the
    client, as for anyone watching a shared tmux session."""
    tmux = _waiting_session(command, socket, env)
    subprocess.run(tmux + ['set-option', '-g', 'status', 'off'], check=True, env=env)
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
        os.execvpe('tmux', tmux + ['-u', 'attach'], dict(env, TERM='xterm-256color'))
    try:
        # The client has drawn the waiting pane once it has gone quiet after attaching.
        _drain(fd, settle=0.2)
        start = time.perf_counter()
        os.write(fd, b'\r')
        seen = b''
        while marker not in seen:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                raise SystemExit(f'no tmux client output holding {marker!r} within 10 s')
            seen += os.read(fd, 65536)
        return (time.perf_counter() - start) * 1000
    finally:
        subprocess.run(tmux + ['kill-server'], env=env, stderr=subprocess.DEVNULL)
        os.waitpid(pid, 0)
        os.close(fd)


def _drain(fd, settle):
    """Reads a terminal until it has written nothing for `settle` seconds."""
    while True:
        ready, _, _ = select.select([fd], [], [], settle)
        if not ready:
            return
        os.read(fd, 65536)
