#!/usr/bin/env python3
"""Trayecto's two commands, needing nothing but Python 3.11.

    python3 dev.py run    set everything up in .venv and serve the site with demo content
    python3 dev.py test   install what the tests need and run the whole test suite

Extra arguments after `test` go to pytest (for example: python3 dev.py test -k library).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
ADDRESS = os.environ.get("TRAYECTO_ADDRESS", "127.0.0.1:8000")


def say(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def run(*args: str | Path, env: dict | None = None) -> None:
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env=env)


def ensure_venv(lock: str) -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"Trayecto needs Python 3.11 (this is {sys.version.split()[0]}).")
    if not PYTHON.exists():
        say("Creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    lock_path = ROOT / lock
    digest = hashlib.sha256(lock_path.read_bytes()).hexdigest()
    stamp = VENV / f".installed-{lock}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(f"Installing pinned dependencies from {lock}")
    run(
        PYTHON,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--require-hashes",
        "-r",
        lock_path,
    )
    stamp.write_text(digest)


def manage(*args: str, env: dict) -> None:
    run(PYTHON, ROOT / "manage.py", *args, env=env)


def base_env(**extra: str) -> dict:
    env = dict(os.environ)
    env.update(extra)
    return env


def cmd_run() -> None:
    ensure_venv("requirements.lock")
    env = base_env(DJANGO_DEBUG="1")
    say("Compiling translations")
    manage("compiletranslations", env=env)
    say("Preparing the database")
    manage("migrate", "--no-input", "-v", "0", env=env)
    password = secrets.token_urlsafe(12)
    manage("ensure_admin", "--username", "admin", env={**env, "TRAYECTO_ADMIN_PASSWORD": password})
    say("Loading the demo library, councils and a ten-year record (safe to repeat)")
    manage("load_demo", env=env)
    participant_password = secrets.token_urlsafe(12)
    manage(
        "ensure_admin",
        "--username",
        "yusmary",
        "--not-staff",
        env={**env, "TRAYECTO_ADMIN_PASSWORD": participant_password},
    )
    host = f"http://{ADDRESS}"
    print(
        f"\n  Trayecto is starting at {host}/ (English: {host}/en/)\n"
        f"  Admin: {host}/admin/  login name: admin  password: {password}\n"
        f"  (admin also coordinates the two demo councils: {host}/consejos/)\n"
        f"  A participant with ten years of formation: login name: yusmary"
        f"  password: {participant_password}\n"
        "  (new passwords are generated each time this command runs; stop with Ctrl+C)\n",
        flush=True,
    )
    os.execve(str(PYTHON), [str(PYTHON), str(ROOT / "manage.py"), "runserver", ADDRESS], env)


def cmd_test(pytest_args: list[str]) -> None:
    ensure_venv("requirements-dev.lock")
    env = base_env()
    env.pop("DJANGO_DEBUG", None)
    manage("compiletranslations", env=base_env(DJANGO_DEBUG="1"))
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        print(
            "Note: Debian's chromium is not installed; browser tests will be skipped.", flush=True
        )
    result = subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    sys.exit(result.returncode)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test"}:
        sys.exit(__doc__)
    if sys.argv[1] == "run":
        cmd_run()
    else:
        cmd_test(sys.argv[2:])


if __name__ == "__main__":
    main()
