"""The downloaders compared: this project's tool and the peers, as commands to run.

Each peer turns a :class:`Job` (where the files are, the flat list of them, where to write)
into an argv. Peers that cannot walk a 3D Tiles tileset get the flat file list, written once
per workload in the formats they read; this project's tool starts from ``tileset.json`` only.
Every peer runs with the same number of transfers at once (``--concurrency``), and, as
``<name>@default``, with its own default (``Job.concurrency`` None): what users get without
tuning. Over HTTPS every peer trusts the benchmark's throwaway CA (``Job.ca``) through its own
CA option, the Python tools through ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

import attrs

from .workloads import Manifest

__all__ = ["PEERS", "Job", "OursAt", "Peer", "at_default", "baseline", "by_name", "has_module"]

DRIVER = Path(__file__).with_name("drive_ours.py")


@attrs.frozen
class Job:
    """One download to run: the workload served at ``base_url``, mirrored into ``dest``."""

    manifest: Manifest
    base_url: str  # "http://127.0.0.1:PORT/<key>/", ends with "/"
    dest: Path
    lists: Path  # per-workload directory for the URL lists
    result: Path  # where a driver writes its JSON result
    concurrency: int | None = 32  # None: the tool's own default
    sas: str = attrs.field(default="", repr=False)  # query string every request carries
    ca: Path | None = None  # the CA certificate to trust (HTTPS)

    @property
    def tileset_url(self) -> str:
        """URL of the root tileset (with the SAS, if any)."""
        return self.url("tileset.json")

    def url(self, rel: str) -> str:
        """URL of one file of the workload (with the SAS, if any)."""
        return self.base_url + quote(rel) + (f"?{self.sas}" if self.sas else "")


def has_module(name: str) -> bool:
    """True when the (optional) module can be imported."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def _write_once(path: Path, lines: Sequence[str]) -> Path:
    if not path.exists():
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text("".join(lines))
        tmp.replace(path)
    return path


def _flag(name: str, value: object | None) -> list[str]:
    """``[name, value]``, or nothing when the value is None (the tool's default)."""
    return [] if value is None else [name, str(value)]


def _paths_list(job: Job) -> Path:
    return _write_once(job.lists / "paths.txt", [f"{p}\n" for p, _ in job.manifest.files])


@attrs.frozen
class Peer:
    """A downloader: its name, how to tell it is installed, and the command for a job."""

    name: str
    binary: str | None  # an executable looked up on PATH (None: runs with this Python)
    walks: bool = False  # True: starts from tileset.json, False: gets the flat list
    suites: frozenset[str] = frozenset({"nginx"})  # "nginx" and/or "azurite"
    streams: bool = False  # True: keeps tiles in memory (RSS scaling only), writes nothing
    default: bool = True  # False: runs only when named with --peers
    own_default: bool = False  # True: runs with the tool's default concurrency (see at_default)

    def missing(self) -> str | None:
        """Why the peer cannot run here, or None."""
        if self.binary is not None and shutil.which(self.binary) is None:
            return f"{self.binary} not installed"
        return None

    def command(self, job: Job) -> list[str]:  # pragma: no cover - every peer overrides it
        """The argv that performs ``job``."""
        raise NotImplementedError

    def env(self, job: Job) -> dict[str, str]:
        """Environment for the command (the SAS goes here rather than on a command line; the
        CA to trust, for Python tools and OpenSSL-based ones)."""
        env = {"BENCH_SAS": job.sas} if job.sas else {}
        if job.ca is not None:
            env["SSL_CERT_FILE"] = str(job.ca)
        return env


@attrs.frozen
class Ours(Peer):
    """This project's ``TileWalker.download``, driven in a subprocess (``drive_ours``)."""

    uvloop: bool = False

    def missing(self) -> str | None:
        if self.uvloop and not has_module("uvloop"):
            return "uvloop not installed"
        return None

    def command(self, job: Job) -> list[str]:
        argv = [
            sys.executable,
            "-m",
            "benchmarks.drive_ours",
            job.base_url + "tileset.json",
            str(job.dest),
            "--result",
            str(job.result),
            "--concurrency",
            "auto" if job.concurrency is None else str(job.concurrency),
        ]
        return [*argv, "--uvloop"] if self.uvloop else argv


@attrs.frozen
class OursAt(Ours):
    """:class:`Ours` with the package of another checkout (``--baseline DIR``): the same
    driver, only ``itwin_mesh_async`` is imported from ``tree``, so two versions are compared
    in one run, in alternation, on the same server and data."""

    tree: Path = Path()

    def missing(self) -> str | None:
        if not (self.tree / "itwin_mesh_async" / "__init__.py").is_file():
            return f"no itwin_mesh_async package in {self.tree}"
        return super().missing()

    def command(self, job: Job) -> list[str]:
        # The driver by its path, with -P: nothing is put before PYTHONPATH (the other tree) on
        # sys.path, not this repository nor the driver's folder.
        return [sys.executable, "-P", str(DRIVER), *super().command(job)[3:]]

    def env(self, job: Job) -> dict[str, str]:
        return {**super().env(job), "PYTHONPATH": str(self.tree)}


def baseline(tree: Path) -> OursAt:
    """This project's tool from the checkout ``tree``, named ``itwin-mesh@<folder name>``."""
    tree = tree.resolve()
    return OursAt(f"itwin-mesh@{tree.name}", None, walks=True, suites=BOTH, tree=tree)


@attrs.frozen
class OursCli(Peer):
    """The command line users run: ``itwin-mesh download --url URL DEST -q --json``."""

    def command(self, job: Job) -> list[str]:
        return [
            sys.executable,
            "-m",
            "itwin_mesh_async",
            "download",
            "--url",
            job.base_url + "tileset.json",
            str(job.dest),
            "--concurrency",
            "auto" if job.concurrency is None else str(job.concurrency),
            "-q",
            "--json",
            "--no-resume",
        ]


@attrs.frozen
class OursStream(Peer):
    """This project's ``TileWalker.stream``, consumed to the end (``drive_stream``)."""

    def command(self, job: Job) -> list[str]:
        return [
            sys.executable,
            "-m",
            "benchmarks.drive_stream",
            job.base_url + "tileset.json",
            "--result",
            str(job.result),
            "--concurrency",
            "auto" if job.concurrency is None else str(job.concurrency),
        ]


@attrs.frozen
class Naive(Peer):
    """``naive_aiohttp.py``: TCPConnector(limit=32), a Semaphore, whole bodies, plain writes
    (at its default: aiohttp's default connector, 100 connections, no Semaphore)."""

    thread_writes: bool = False

    def command(self, job: Job) -> list[str]:
        argv = [
            sys.executable,
            "-m",
            "benchmarks.naive_aiohttp",
            job.base_url,
            str(_paths_list(job)),
            str(job.dest),
            *_flag("--concurrency", job.concurrency),
        ]
        return [*argv, "--thread-writes"] if self.thread_writes else argv


@attrs.frozen
class AzureBlobAio(Peer):
    """azure-storage-blob's aio ``ContainerClient``, 32 downloads at a time (Azurite only)."""

    def missing(self) -> str | None:
        if not has_module("azure.storage.blob.aio"):
            return "azure-storage-blob not installed"
        return None

    def command(self, job: Job) -> list[str]:
        return [
            sys.executable,
            "-m",
            "benchmarks.azure_blob_aio",
            job.base_url,
            str(_paths_list(job)),
            str(job.dest),
            "--concurrency",
            str(job.concurrency or 32),
        ]


@attrs.frozen
class AzCopy(Peer):
    """``azcopy copy <container>/* DEST --recursive`` (Azurite only; it lists the container)."""

    def command(self, job: Job) -> list[str]:
        return [
            self.binary or "azcopy",
            "copy",
            f"{job.base_url}*?{job.sas}",
            str(job.dest),
            "--recursive",
            "--from-to",
            "BlobLocal",
            "--log-level",
            "ERROR",
            "--output-level",
            "quiet",
            "--check-length=true",
        ]

    def env(self, job: Job) -> dict[str, str]:
        state = str(job.lists / "azcopy")
        env = {"AZCOPY_LOG_LOCATION": state, "AZCOPY_JOB_PLAN_LOCATION": state}
        if job.concurrency is not None:  # unset: azcopy tunes it (AUTO)
            env["AZCOPY_CONCURRENCY_VALUE"] = str(job.concurrency)
        return env


@attrs.frozen
class Curl(Peer):
    """``curl --parallel --parallel-max 32`` with a config file of url/output pairs."""

    def command(self, job: Job) -> list[str]:
        config = _write_once(
            job.lists / "curl.cfg",
            [f'url = "{job.url(p)}"\noutput = "{p}"\n' for p, _ in job.manifest.files],
        )
        return [
            self.binary or "curl",
            "--parallel",  # its default --parallel-max is 50
            *_flag("--parallel-max", job.concurrency),
            *_flag("--cacert", job.ca),
            "--create-dirs",
            "--output-dir",
            str(job.dest),
            "--fail",
            "--silent",
            "--show-error",
            "--no-progress-meter",
            "--config",
            str(config),
        ]


@attrs.frozen
class Wget2(Peer):
    """``wget2 --max-threads 32 -i list``, directories from the URL path."""

    def command(self, job: Job) -> list[str]:
        urls = _write_once(
            job.lists / "urls.txt", [f"{job.url(p)}\n" for p, _ in job.manifest.files]
        )
        cut = len([s for s in job.base_url.split("/", 3)[3].split("/") if s])
        return [
            self.binary or "wget2",
            "--no-config",
            "--quiet",
            *_flag("--max-threads", job.concurrency),  # default 5
            *_flag("--ca-certificate", job.ca),
            "--input-file",
            str(urls),
            "--force-directories",
            "--no-host-directories",
            f"--cut-dirs={cut}",
            "--directory-prefix",
            str(job.dest),
            "--no-hsts",
            "--no-robots",
            "--no-tcp-fastopen",
        ]


@attrs.frozen
class Aria2(Peer):
    """``aria2c -j 32 -i list`` with one ``out=`` per URL."""

    def command(self, job: Job) -> list[str]:
        listing = _write_once(
            job.lists / "aria2.txt", [f"{job.url(p)}\n  out={p}\n" for p, _ in job.manifest.files]
        )
        return [
            self.binary or "aria2c",
            "--no-conf=true",
            *_flag("-j", job.concurrency),  # default 5
            *_flag("--ca-certificate", job.ca),
            "-i",
            str(listing),
            "-d",
            str(job.dest),
            "--quiet=true",
            "--allow-overwrite=true",
            "--auto-file-renaming=false",
            "--file-allocation=none",
            "--console-log-level=error",
            "--summary-interval=0",
            "--download-result=hide",
        ]


@attrs.frozen
class Rclone(Peer):
    """``rclone copy`` with the http backend, ``--files-from-raw`` and 32 transfers."""

    def command(self, job: Job) -> list[str]:
        return [
            self.binary or "rclone",
            "copy",
            ":http:",
            str(job.dest),
            "--http-url",
            job.base_url,
            "--files-from-raw",
            str(_paths_list(job)),
            "--no-traverse",
            "--no-check-dest",
            "--http-no-head",
            *_flag("--transfers", job.concurrency),  # default 4 (and 8 checkers)
            *_flag("--checkers", job.concurrency),
            *_flag("--ca-cert", job.ca),
            "--quiet",
            "--config",
            str(job.lists / "rclone.conf"),
        ]


BOTH = frozenset({"nginx", "azurite"})
AZURE = frozenset({"azurite"})
PEERS: tuple[Peer, ...] = (
    Ours("itwin-mesh", None, walks=True, suites=BOTH),
    Ours("itwin-mesh+uvloop", None, walks=True, uvloop=True),
    OursStream("itwin-mesh-stream", None, walks=True, streams=True),
    Curl("curl", "curl", suites=BOTH),
    Wget2("wget2", "wget2"),
    Aria2("aria2c", "aria2c", suites=BOTH),
    Rclone("rclone", "rclone"),
    Naive("naive-aiohttp", None, suites=BOTH),
    Naive("naive-aiohttp+threads", None, thread_writes=True, default=False),
    OursCli("itwin-mesh-cli", None, default=False),
    AzureBlobAio("azure-blob-aio", None, suites=AZURE),
    AzCopy("azcopy", "azcopy", suites=AZURE),
)
"""Every peer, this project's tool first; ``suites`` says which servers each runs against;
those with ``default=False`` run only when named with ``--peers``."""


def at_default(peer: Peer) -> Peer:
    """The same tool at its own default concurrency, named ``<name>@default``."""
    return attrs.evolve(peer, name=f"{peer.name}@default", own_default=True)


def by_name(names: Sequence[str]) -> list[Peer]:
    """The peers named (in PEERS order; ``<name>@default`` for one at its own default);
    ValueError for an unknown name."""
    known = {p.name: p for p in PEERS}
    known |= {f"{name}@default": at_default(p) for name, p in known.items() if not p.streams}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown peer(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return [p for p in known.values() if p.name in names]
