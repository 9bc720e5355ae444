"""Shared fixtures: the bundled seed articles, and a place for measured suites to report their scores.

Measured suites (the Duckling peer suite) append lines to ``measured_report``; they are printed in the
terminal summary under "syrtimeline measured suites", so a plain ``pytest -q`` shows the pass rates.

The suite runs on every core (pytest-xdist, ``-n auto`` in pyproject.toml): each worker hands the lines
its suites measured to the controller when it finishes (``workeroutput``), which prints them all.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from syrtimeline._seeds import seed_texts

Published = dt.date | dt.datetime | None

# Every property runs without a per-example deadline and without the "too slow" health check: the suite
# runs one worker a core beside whatever else the machine does, and a slow example is no wrong one (the
# properties that guard speed count work instead; timed limits are the benchmarks' business). A test's own
# @settings still sets its example count.
settings.register_profile("syrtimeline", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("syrtimeline")

_REPORT: pytest.StashKey[list[str]] = pytest.StashKey()


@pytest.fixture(scope="session")
def seeds() -> dict[str, tuple[str, Published]]:
    """file name → (text, publication date or None), loaded through the package's own seed helper."""
    return {name: (text, published) for name, text, published in seed_texts()}


@pytest.fixture(scope="session")
def measured_report(pytestconfig: pytest.Config) -> list[str]:
    """Lines a measured suite wants shown in the terminal summary."""
    return pytestconfig.stash.setdefault(_REPORT, [])


_WORKER_KEY = "syrtimeline_measured"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In an xdist worker, hand the measured lines to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output[_WORKER_KEY] = json.dumps(session.config.stash.get(_REPORT, []))


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """In the xdist controller, gather a finished worker's measured lines."""
    lines = json.loads(getattr(node, "workeroutput", {}).get(_WORKER_KEY, "[]"))
    node.config.stash.setdefault(_REPORT, []).extend(lines)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    lines = config.stash.get(_REPORT, [])
    if lines:
        terminalreporter.section("syrtimeline measured suites")
        for line in lines:
            terminalreporter.write_line(line)
