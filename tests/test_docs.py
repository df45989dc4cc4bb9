"""The README keeps its promises: two fresh-machine commands, every CLI command documented with help."""
import re

import pytest
from conftest import REPO

from annalist.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_has_exactly_two_fresh_machine_commands_near_the_top():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.+?)\n```", quick_start, flags=re.S)
    assert len(commands) == 2
    assert "annalist extract annalist/examples/" in commands[0]
    assert "pytest" in commands[1]
    assert all("\n" not in c for c in commands), "each is one copy-paste line"


def test_ci_runs_the_readme_test_command_verbatim():
    second = re.findall(r"```bash\n(.+?)\n```", README, flags=re.S)[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert second.replace("pip install -e", "pip install -q -e") in ci


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = main.commands[name]
    assert (command.help or "").strip(), f"`annalist {name}` has no help"
    assert f"`annalist {name}" in README, f"`annalist {name}` is not in the README"
