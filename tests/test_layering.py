"""The core (parsing, classifiers, scoring, store) imports no Textual; only moderator.tui does."""

import subprocess
import sys

from conftest import ROOT

CORE = ["moderator.cli", "moderator.config", "moderator.parsing", "moderator.scoring", "moderator.batch",
        "moderator.decide", "moderator.store", "moderator.tune", "moderator.labelled", "moderator.queue_cli",
        "classifiers", "classifiers.model", "classifiers.lexicon"]


def test_core_imports_no_textual_and_loads_no_model():
    code = (f"import sys; import {', '.join(CORE)}; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'sklearn', 'distributed')); "
            "import classifiers; assert classifiers._default is None, 'model loaded at import'; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
