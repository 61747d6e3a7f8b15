"""Make the README's screenshot of the review dashboard on the bundled fixtures: docs/review.svg.

    .venv/bin/python scripts/screenshot.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def main() -> None:
    from moderator.config import Config
    from moderator.queue_cli import demo_queue
    from moderator.tui.app import make_app

    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(demo_queue(Config(), Path(tmp) / "queue.db"), "alice")
        async with app.run_test(size=(120, 34)) as pilot:
            await pilot.pause()
            out = ROOT / "docs" / "review.svg"
            out.parent.mkdir(exist_ok=True)
            out.write_text(app.export_screenshot(title="moderator review"))
            print(out)


if __name__ == "__main__":
    asyncio.run(main())
