"""The pytest plugin: ``examples/test_with_emulator.py`` runs as written in a pytest of its own
that loads the plugin as the entry point does, with pytest-asyncio in strict and in auto mode,
and the fixture works in a test without an event loop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = (REPO / "examples" / "test_with_emulator.py").read_text()
PLUGIN = ("-p", "itwin_mesh_async.pytest_plugin", "-p", "no:cacheprovider", "-W", "error")


@pytest.fixture
def isolated(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    monkeypatch.setenv("PYTHONPATH", path)
    return pytester


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_example_passes_with_the_plugin(isolated: pytest.Pytester, mode: str) -> None:
    isolated.makepyfile(test_example=EXAMPLE)
    result = isolated.runpytest_subprocess(*PLUGIN, "-o", f"asyncio_mode={mode}")
    result.assert_outcomes(passed=2)


def test_without_the_plugin_the_fixture_is_missing(isolated: pytest.Pytester) -> None:
    isolated.makepyfile(test_example=EXAMPLE)
    result = isolated.runpytest_subprocess("-p", "no:itwin_mesh_async.pytest_plugin")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*fixture 'itwin_emulator' not found*"])


def test_the_fixture_serves_a_test_without_event_loop(isolated: pytest.Pytester) -> None:
    isolated.makepyfile(
        test_sync="""
        import json, urllib.request

        def test_sync(itwin_emulator):
            export_id = itwin_emulator.add_export("m1", display_name="Bridge")
            itwin_emulator.fault("server_error", scope="api")
            request = urllib.request.Request(
                itwin_emulator.base_url + "/mesh-export/" + export_id,
                headers={"Authorization": "Bearer " + itwin_emulator.token,
                         "Accept": "application/vnd.bentley.itwin-platform.v1+json"},
            )
            try:
                urllib.request.urlopen(request).close()
                raise AssertionError("the forced fault did not happen")
            except urllib.error.HTTPError as exc:
                with exc:
                    assert exc.code in (500, 503)
            with urllib.request.urlopen(request) as response:
                body = json.load(response)
            assert body["export"]["displayName"] == "Bridge"
            assert len(itwin_emulator.requests) == 2
            assert itwin_emulator.env["ITWIN_ACCESS_TOKEN"] == itwin_emulator.token

        @__import__("pytest").fixture
        def itwin_emulator_options():
            return {"seed": 3, "token": "my-token-123"}

        def test_options_can_be_overridden(itwin_emulator):
            assert itwin_emulator.token == "my-token-123"
        """
    )
    result = isolated.runpytest_subprocess(*PLUGIN)
    result.assert_outcomes(passed=2)


def test_the_readme_snippet_runs_as_written(isolated: pytest.Pytester) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The emulator in your own tests", 1)[1]
    snippet = section.split("```python\n", 1)[1].split("```", 1)[0]
    isolated.makepyfile(test_readme=snippet)
    result = isolated.runpytest_subprocess(*PLUGIN, "-o", "asyncio_mode=strict")
    result.assert_outcomes(passed=1)
