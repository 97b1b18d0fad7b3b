"""Smoke tests of the benchmark runner (benchmarks/): end to end on a tiny workload with only
this project's tool and the naive aiohttp script, served by the aiohttp fallback server (no
nginx needed), plus the pieces that flag a fast-but-wrong run.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from benchmarks import servers
from benchmarks.azurite import azurite_missing
from benchmarks.measure import run_measured
from benchmarks.peers import DRIVER, PEERS, Job, Peer, at_default, baseline, by_name
from benchmarks.report import RunRecord, render_tables, summarize
from benchmarks.rounds import measure as _measure
from benchmarks.servers import Shape, echo_module, find_nginx, nginx_config, serving
from benchmarks.tls import Tls, make_ca, openssl_missing
from benchmarks.workloads import TINY, Workload, generate, verify

REPO = Path(__file__).resolve().parents[2]
SMALL = Workload("small", 12, 2_000, per_tileset=5)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def test_runner_end_to_end_tiny(tmp_path: Path) -> None:
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--tiny",
            "--rounds",
            "1",
            "--peers",
            "itwin-mesh,itwin-mesh-stream,naive-aiohttp",
            "--defaults",
            "off",
            "--server",
            "aiohttp",
            "--dest",
            "disk",
            "--disk-dir",
            str(tmp_path / "dest"),
            "--work",
            str(tmp_path / "work"),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((out / "results.json").read_text())
    assert doc["meta"]["servers"] == {"http": "aiohttp static (fallback)"}
    runs = doc["runs"]
    # Every tool on the comparison workloads; only our walkers (mirror and stream) on the
    # RSS-scaling one.
    assert {(r["workload"], r["peer"]) for r in runs} == {
        ("small", "itwin-mesh"),
        ("small", "naive-aiohttp"),
        ("large", "itwin-mesh"),
        ("large", "naive-aiohttp"),
        ("rss-tiny", "itwin-mesh"),
        ("rss-tiny", "itwin-mesh-stream"),
    }
    assert all(r["ok"] and r["problem"] == "" for r in runs)
    ours = [r for r in runs if r["peer"].startswith("itwin-mesh")]
    assert all(r["ttft"] is not None and 0 < r["ttft"] < r["seconds"] for r in ours)
    assert {r["scaling"] for r in runs if r["workload"] == "rss-tiny"} == {True}
    assert all(r["max_rss_mb"] > 1 and r["cpu"] > 0 for r in runs)
    small = next(r for r in runs if r["workload"] == "small")
    assert small["files"] == TINY[0].n + 1 + -(-TINY[0].n // TINY[0].per_tileset)
    table = (out / "results.md").read_text()
    assert "| itwin-mesh |" in table and "| naive-aiohttp |" in table
    assert "ours / tool" in table
    assert "### Peak RSS by tileset size" in table and "| itwin-mesh-stream |" in table
    # The destination is cleaned up; the generated data is kept for the next run.
    assert not (tmp_path / "dest").exists()
    assert (tmp_path / "work" / "data" / f"{TINY[0].key}" / "tileset.json").is_file()


@pytest.mark.skipif(azurite_missing() is not None, reason=str(azurite_missing()))
def test_azurite_suite_downloads_with_the_sas_and_never_shows_it(tmp_path: Path) -> None:
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--quick",
            "--workloads",
            "azurite",
            "--rounds",
            "1",
            "--peers",
            "itwin-mesh,azure-blob-aio",
            "--dest",
            "disk",
            "--disk-dir",
            str(tmp_path / "dest"),
            "--work",
            str(tmp_path / "work"),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((out / "results.json").read_text())
    assert doc["meta"]["servers"]["azurite"].startswith("Azurite")
    runs = doc["runs"]
    assert {r["peer"] for r in runs} == {"itwin-mesh", "azure-blob-aio"}
    assert all(r["ok"] and r["title"].endswith("from Azurite") for r in runs)
    # The read SAS was used by every tool, yet no signature appears in anything shown or kept.
    shown = (
        proc.stdout
        + proc.stderr
        + (out / "results.json").read_text()
        + (out / "results.md").read_text()
    )
    assert "sig=" not in shown


def test_runner_rejects_unknown_peer(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--tiny",
            "--peers",
            "nope",
            "--work",
            str(tmp_path),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "unknown peer(s) nope" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_verify_flags_missing_extra_wrong_size_and_content(tmp_path: Path) -> None:
    manifest = generate(SMALL, tmp_path / "data")
    assert manifest.count == 12 + 3 + 1
    dest = tmp_path / "mirror"
    for rel, _ in manifest.files:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_bytes((manifest.root / rel).read_bytes())
    (dest / ".state").mkdir()
    (dest / ".state" / "journal").write_text("a tool's own state is ignored")
    assert verify(dest, manifest).ok

    paths = [p for p, _ in manifest.files]
    (dest / paths[0]).unlink()
    (dest / paths[1]).write_bytes(b"short")
    (dest / "stray.glb").write_bytes(b"x")
    sampled = next(p for p, _ in manifest.samples if p not in paths[:2])
    data = bytearray((dest / sampled).read_bytes())
    data[-1] ^= 0xFF  # same size, different content
    (dest / sampled).write_bytes(bytes(data))
    check = verify(dest, manifest)
    assert not check.ok
    assert (check.missing, check.wrong_size, check.extra) == (1, 1, 1)
    assert check.bad_samples >= 2
    assert check.describe().startswith("missing 1, wrong size 1, extra 1, bad content")


def test_generate_reuses_and_regenerates(tmp_path: Path) -> None:
    first = generate(SMALL, tmp_path)
    stamp = (first.root / "tileset.json").stat().st_mtime_ns
    again = generate(SMALL, tmp_path)
    assert again == first
    assert (again.root / "tileset.json").stat().st_mtime_ns == stamp
    (tmp_path / f"{SMALL.key}.manifest.json").write_text("{broken")
    rebuilt = generate(SMALL, tmp_path)
    assert rebuilt.files == first.files


@attrs.frozen
class _WritesNothing(Peer):
    """A 'fast' tool that exits 0 without writing anything."""

    def command(self, job: Job) -> list[str]:
        return [sys.executable, "-c", "pass"]


@attrs.frozen
class _Fails(Peer):
    def command(self, job: Job) -> list[str]:
        return [sys.executable, "-c", "import sys; sys.exit('boom: no route')"]


def _job(tmp_path: Path) -> Job:
    manifest = generate(SMALL, tmp_path / "data")
    dest = tmp_path / "dest"
    dest.mkdir()
    lists = tmp_path / "lists"
    lists.mkdir()
    return Job(
        manifest=manifest,
        base_url="http://127.0.0.1:9/x/",
        dest=dest,
        lists=lists,
        result=tmp_path / "result.json",
    )


def test_fast_but_wrong_run_is_flagged(tmp_path: Path) -> None:
    job = _job(tmp_path)
    rec = _measure(
        _WritesNothing("liar", None),
        job,
        SMALL,
        "disk",
        rnd=0,
        timeout=30.0,
        log=tmp_path / "liar.log",
    )
    assert not rec.ok
    assert (
        rec.problem == f"mirror wrong: missing {job.manifest.count}, bad content "
        f"{len(job.manifest.samples)}"
    )
    rec = _measure(
        _Fails("failer", None), job, SMALL, "disk", rnd=0, timeout=30.0, log=tmp_path / "f.log"
    )
    assert not rec.ok
    assert rec.problem.startswith("exit 1: boom: no route; mirror wrong: missing")


@attrs.frozen
class _StreamsTooLittle(Peer):
    """A stream that ends early: the counts in its result, not the disk, give it away."""

    def command(self, job: Job) -> list[str]:
        code = (
            f"import json, pathlib; pathlib.Path({str(job.result)!r}).write_text("
            "json.dumps({'tiles': 3, 'bytes': 10, 'wall': 0.1, 'ttft': 0.01}))"
        )
        return [sys.executable, "-c", code]


def test_short_stream_is_flagged(tmp_path: Path) -> None:
    job = _job(tmp_path)
    rec = _measure(
        _StreamsTooLittle("short", None, walks=True, streams=True),
        job,
        SMALL,
        "tmpfs",
        rnd=0,
        timeout=30.0,
        log=tmp_path / "s.log",
    )
    assert not rec.ok
    assert rec.problem == "streamed 3 files, 10 bytes"
    assert rec.ttft == 0.01


def test_measure_timeout_kills_the_tool(tmp_path: Path) -> None:
    measured = run_measured(
        [sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.5, log=tmp_path / "log"
    )
    assert measured.timed_out
    assert measured.returncode != 0  # killed: a finished sleep would exit 0


def test_measure_reports_the_tools_own_rss(tmp_path: Path) -> None:
    grow = "b = bytearray(120 * 2**20); b[::4096] = b'x' * len(b[::4096])"
    measured = run_measured([sys.executable, "-c", grow], timeout=60)
    assert measured.returncode == 0
    assert measured.max_rss_mb > 120
    small = run_measured(["true"], timeout=60)
    if small.rss_exact:  # GNU time is installed: the runner's own pages are not counted
        assert small.max_rss_mb < 20


def test_summary_and_table_show_failures_and_ratios() -> None:
    def rec(peer: str, seconds: float, ok: bool = True, problem: str = "") -> RunRecord:
        return RunRecord(
            workload="small",
            title="100 x 20 KB tiles",
            dest="tmpfs",
            peer=peer,
            round=0,
            files=100,
            bytes=2_000_000,
            seconds=seconds,
            cpu=0.5,
            max_rss_mb=30.0,
            ok=ok,
            problem=problem,
            ttft=0.01 if peer == "itwin-mesh" else None,
        )

    records = [
        rec("itwin-mesh", 1.0),
        rec("itwin-mesh", 2.0),
        rec("itwin-mesh", 9.0, False, "x"),
        rec("curl", 0.5),
        rec("aria2c", 3.0, False, "exit 7: refused"),
    ]
    summaries = summarize(records)
    ours = next(s for s in summaries if s.peer == "itwin-mesh")
    assert (ours.runs, ours.ok_runs, ours.files_per_s) == (3, 2, 75.0)
    assert ours.ttft_ms == pytest.approx(10.0)
    table = render_tables(summaries)
    assert "| curl | - | 200 | 4 | 0.38x |" in table
    assert "| aria2c | - | FAILED: exit 7: refused |" in table
    assert "| itwin-mesh | - | 75 | 2 | - | 5.000 | 30.0 | 10.0 | 2/3 |" in table


def test_nginx_config_serves_only_the_root_on_loopback(tmp_path: Path) -> None:
    conf = nginx_config(root=tmp_path / "data", port=8123, prefix=tmp_path, as_root=False)
    assert "listen 127.0.0.1:8123" in conf
    assert f"root {tmp_path / 'data'};" in conf
    assert "access_log off;" in conf and "daemon off;" in conf
    assert "user " not in conf
    assert "autoindex" not in conf


def _serve_once(tmp_path: Path) -> tuple[str, bytes]:
    import urllib.request

    root = tmp_path / "data"
    root.mkdir()
    (root / "tileset.json").write_bytes(b'{"asset": {}}')
    with (
        serving(root, tmp_path / "scratch", probe="tileset.json") as server,
        urllib.request.urlopen(server.base_url + "tileset.json", timeout=10) as resp,
    ):
        return server.kind, resp.read()


def test_serving_falls_back_without_nginx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(servers, "find_nginx", lambda: None)
    kind, body = _serve_once(tmp_path)
    assert (kind, body) == ("aiohttp static (fallback)", b'{"asset": {}}')
    assert (
        "warning: nginx not found; serving with the aiohttp static server"
        in capsys.readouterr().err
    )


def test_serving_falls_back_when_nginx_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(servers, "find_nginx", lambda: "false")  # exits at once
    kind, _ = _serve_once(tmp_path)
    assert kind == "aiohttp static (fallback)"
    assert (
        "warning: nginx failed to start (server exited at start with code 1)"
        in capsys.readouterr().err
    )


def test_sas_stays_off_command_lines(tmp_path: Path) -> None:
    job = attrs.evolve(_job(tmp_path), sas="sv=2024&sig=SECRETSIG")
    for name in (
        "itwin-mesh",
        "itwin-mesh-stream",
        "naive-aiohttp",
        "azure-blob-aio",
        "curl",
        "aria2c",
    ):
        peer = by_name([name])[0]
        assert "SECRETSIG" not in " ".join(peer.command(job)), name
    assert by_name(["itwin-mesh"])[0].env(job) == {"BENCH_SAS": "sv=2024&sig=SECRETSIG"}
    # curl and aria2c read it from their list files, which live in the run's scratch folder.
    assert "sig=SECRETSIG" in (job.lists / "curl.cfg").read_text()


def test_peer_selection() -> None:
    assert [p.name for p in by_name(["naive-aiohttp", "itwin-mesh"])] == [
        "itwin-mesh",
        "naive-aiohttp",
    ]
    with pytest.raises(ValueError, match=r"unknown peer\(s\) wget3"):
        by_name(["wget3"])
    # Opt-in peers run only when named.
    defaults = {p.name for p in PEERS if p.default}
    assert {"itwin-mesh-cli", "naive-aiohttp+threads"}.isdisjoint(defaults)
    assert {"itwin-mesh", "curl", "aria2c", "rclone", "naive-aiohttp"} <= defaults


def test_a_baseline_checkout_imports_its_own_package(tmp_path: Path) -> None:
    job = _job(tmp_path)
    peer = baseline(tmp_path)
    assert peer.name == f"itwin-mesh@{tmp_path.name}"
    assert "no itwin_mesh_async" in (peer.missing() or "")
    argv = peer.command(job)
    # -P: neither this repository nor the driver's folder comes before the other tree.
    assert (
        argv[1:3] == ["-P", str(DRIVER)] and argv[3:] == by_name(["itwin-mesh"])[0].command(job)[3:]
    )
    assert peer.env(job)["PYTHONPATH"] == str(tmp_path.resolve())
    probe = subprocess.run(
        [sys.executable, "-P", "-c", "import itwin_mesh_async; print(itwin_mesh_async.__file__)"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()).parent.parent == REPO


def test_auto_settled_concurrency_is_summarised() -> None:
    def rec(concurrency: str) -> RunRecord:
        return RunRecord(
            workload="latency",
            title="40 x 20 KB tiles",
            dest="tmpfs",
            peer="itwin-mesh@default",
            round=0,
            files=40,
            bytes=800_000,
            seconds=1.0,
            cpu=0.5,
            max_rss_mb=30.0,
            ok=True,
            concurrency=concurrency,
            retries=3,
        )

    summaries = summarize([rec("auto 96"), rec("auto 128"), rec("auto 64")])
    assert summaries[0].concurrency == "auto 96 (64-128)"
    table = render_tables(summaries)
    assert "| itwin-mesh@default | auto 96 (64-128) | 40 |" in table
    assert "Retried requests (median per run): itwin-mesh@default 3." in table


def test_nginx_config_shapes_tls_latency_and_limit(tmp_path: Path) -> None:
    tls = make_ca(tmp_path / "ca") if openssl_missing() is None else _fake_tls(tmp_path)
    conf = nginx_config(
        root=tmp_path / "data",
        port=8124,
        prefix=tmp_path,
        as_root=False,
        shape=Shape(tls=tls),
    )
    assert "listen 127.0.0.1:8124 reuseport backlog=4096 ssl;" in conf
    assert f"ssl_certificate {tls.cert};" in conf and "echo_sleep" not in conf
    if echo_module() is None:
        with pytest.raises(RuntimeError, match="echo module is missing"):
            nginx_config(
                root=tmp_path, port=1, prefix=tmp_path, as_root=False, shape=Shape(delay=0.04)
            )
        return
    conf = nginx_config(
        root=tmp_path / "data",
        port=8125,
        prefix=tmp_path,
        as_root=False,
        shape=Shape(delay=0.04, limit=256),
    )
    assert conf.startswith(f"load_module {echo_module()};")
    # The zone's key is the server name, so the server must have one.
    assert "limit_conn_zone $server_name zone=inflight:1m;" in conf
    assert "server_name bench;" in conf
    assert "limit_conn inflight 256;" in conf and "limit_conn_status 503;" in conf
    assert "echo_sleep 0.04; echo_exec /real$uri;" in conf
    assert f"location /real/ {{ internal; alias {tmp_path / 'data'}/; }}" in conf


def _fake_tls(tmp_path: Path) -> Tls:
    return Tls(ca=tmp_path / "ca.pem", cert=tmp_path / "s.pem", key=tmp_path / "s.key")


def test_peers_at_their_defaults_and_with_a_ca(tmp_path: Path) -> None:
    job = attrs.evolve(_job(tmp_path), concurrency=None, ca=tmp_path / "ca.pem")
    commands = {
        p.name: p.command(job)
        for p in by_name(["curl", "wget2", "aria2c", "rclone", "naive-aiohttp", "itwin-mesh"])
    }
    for flag, name in (
        ("--parallel-max", "curl"),
        ("--max-threads", "wget2"),
        ("-j", "aria2c"),
        ("--transfers", "rclone"),
        ("--concurrency", "naive-aiohttp"),
    ):
        assert flag not in commands[name], name
    assert commands["itwin-mesh"][-2:] == ["--concurrency", "auto"]
    ca = str(tmp_path / "ca.pem")
    assert commands["curl"][commands["curl"].index("--cacert") + 1] == ca
    assert commands["aria2c"][commands["aria2c"].index("--ca-certificate") + 1] == ca
    assert commands["wget2"][commands["wget2"].index("--ca-certificate") + 1] == ca
    assert commands["rclone"][commands["rclone"].index("--ca-cert") + 1] == ca
    assert by_name(["naive-aiohttp"])[0].env(job)["SSL_CERT_FILE"] == ca
    named = by_name(["aria2c@default"])[0]
    assert named == at_default(by_name(["aria2c"])[0]) and named.own_default


needs_nginx = pytest.mark.skipif(
    find_nginx() is None or echo_module() is None or openssl_missing() is not None,
    reason="needs nginx, its echo module and openssl (benchmarks/setup.sh)",
)


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A folder nginx's workers can read: as root they run as nobody, and pytest's own
    temporary folders are private (0700)."""
    with tempfile.TemporaryDirectory(prefix="bench-smoke-") as name:
        os.chmod(name, 0o755)
        yield Path(name)


@needs_nginx
def test_latency_server_delays_and_refuses_above_its_limit(
    tmp_path: Path, public_dir: Path
) -> None:
    root = public_dir / "data"
    root.mkdir()
    (root / "a.glb").write_bytes(b"x" * 1000)
    with (root / "big.glb").open("wb") as big:
        big.truncate(64 * 2**20)  # far more than the socket buffers hold
    delay = 0.2
    with serving(
        root, tmp_path / "scratch", probe="a.glb", shape=Shape(delay=delay, limit=3)
    ) as server:
        port = int(server.base_url.rstrip("/").rsplit(":", 1)[1])
        held: list[socket.socket] = []
        try:
            for _ in range(3):
                started = time.monotonic()
                sock = _ask(port, "big.glb")
                held.append(sock)
                # Its answer starts after the delay; its body waits for a reader that never
                # reads, so the request stays in flight: no timing decides what follows.
                assert _status(sock) == 200
                assert time.monotonic() - started >= delay
            for _ in range(5):  # with three in flight, each further request is refused
                with _ask(port, "a.glb") as sock:
                    assert _status(sock) == 503
        finally:
            for sock in held:
                sock.close()


def _ask(port: int, path: str) -> socket.socket:
    """A connection to the server with one GET sent on it (a small receive buffer)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    sock.settimeout(30)  # a bound for a failing test, not a timing
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET /{path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
    return sock


def _status(sock: socket.socket) -> int:
    """The status code of the answer on ``sock`` (its status line only is read)."""
    line = b""
    while not line.endswith(b"\r\n"):
        chunk = sock.recv(1)
        assert chunk, f"connection closed after {line!r}"
        line += chunk
    return int(line.split()[1])


@needs_nginx
def test_runner_https_and_latency_suites_tiny(tmp_path: Path, public_dir: Path) -> None:
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--tiny",
            "--suites",
            "https,latency",
            "--peers",
            "itwin-mesh,naive-aiohttp",
            "--defaults",
            "off",
            "--dest",
            "disk",
            "--disk-dir",
            str(tmp_path / "dest"),
            "--work",
            str(public_dir / "work"),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((out / "results.json").read_text())
    assert set(doc["meta"]["servers"]) == {"https", "latency"}
    runs = doc["runs"]
    assert {(r["workload"], r["peer"]) for r in runs} == {
        (workload, peer)
        for workload in ("https-small", "latency")
        for peer in ("itwin-mesh", "naive-aiohttp")
    }
    assert all(r["ok"] for r in runs), [r["problem"] for r in runs if not r["ok"]]
    assert {r["concurrency"] for r in runs if r["workload"].startswith("latency")} == {"128"}
    table = (out / "results.md").read_text()
    assert "over HTTPS -> disk" in table
    assert "40 ms a request, 503 above 256 in flight -> disk" in table
