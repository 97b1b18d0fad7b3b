"""Arguments of the commands that run on this machine only: ``serve``, ``demo``,
``completion``."""

from __future__ import annotations

import argparse

from .argspec import OUTPUT, PROGRESS, Commands, add_command, port

__all__ = ["DEFAULT_DEMO_DEST", "add_completion", "add_demo", "add_serve"]

DEFAULT_DEMO_DEST = "itwin-mesh-demo"


def add_serve(commands: Commands) -> None:
    """``serve [--host H] [--port P] [--data DIR] [--token T] [--client-id ID] ...``."""
    p = add_command(
        commands,
        "serve",
        "run the offline emulator of the service on this machine until Ctrl-C",
        "itwin-mesh serve --port 8080",
        "itwin-mesh serve --data ./my-tileset     # serve a tileset folder as an export",
        "itwin-mesh serve --json --token test-token   # one JSON document once it listens",
        handler="serve:run_serve",
        groups=(OUTPUT,),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port",
        metavar="PORT",
        type=port,
        default=0,
        help="API port (default: any free port); the blob container uses another",
    )
    p.add_argument(
        "--data",
        metavar="DIR",
        help="a tileset folder, or a folder of them, to serve as extra exports",
    )
    # SUPPRESS: `itwin-mesh --token T serve` (the option before the command) counts too.
    p.add_argument(
        "--token",
        metavar="TOKEN",
        default=argparse.SUPPRESS,
        help="the bearer token the emulator accepts (default: a random one, printed)",
    )
    p.add_argument(
        "--client-id",
        metavar="ID",
        help="client id the emulator's token endpoint accepts (default emulator-client)",
    )
    p.add_argument(
        "--client-secret",
        metavar="SECRET",
        help="client secret the emulator's token endpoint accepts (default: random, printed)",
    )


def add_demo(commands: Commands) -> None:
    """``demo [DEST]``."""
    p = add_command(
        commands,
        "demo",
        "offline tour: start the emulator, list and download a generated export, verify it",
        "itwin-mesh demo",
        "itwin-mesh demo /tmp/demo-tiles",
        handler="demo:run_demo",
        groups=(OUTPUT, PROGRESS),
    )
    p.add_argument(
        "dest",
        nargs="?",
        default=DEFAULT_DEMO_DEST,
        metavar="DEST",
        help=f"where to put the mirror (default ./{DEFAULT_DEMO_DEST})",
    )


def add_completion(commands: Commands) -> None:
    """``completion bash|zsh|tcsh``."""
    p = add_command(
        commands,
        "completion",
        "print a shell completion script for itwin-mesh",
        'eval "$(itwin-mesh completion bash)"            # in ~/.bashrc',
        "itwin-mesh completion zsh > ~/.zfunc/_itwin-mesh  # with fpath+=~/.zfunc",
        handler="completion:run_completion",
        groups=(),
    )
    p.add_argument("shell", choices=("bash", "zsh", "tcsh"), help="the shell to complete in")
