"""Loaded only by the first worker of the kill test (``celery worker -I``): tasks take a while.

When a task starts, the worker writes its id to ``TRAYECTO_FAULT_STARTED`` and waits,
so the test can SIGKILL it in the middle of the task, not before or after.
"""

import os
import time
from pathlib import Path

from celery.signals import task_prerun


@task_prerun.connect
def _linger(task_id=None, **kwargs):
    Path(os.environ["TRAYECTO_FAULT_STARTED"]).write_text(task_id)
    time.sleep(float(os.environ.get("TRAYECTO_FAULT_SLEEP", "30")))
