# Two commands do all set-up on a fresh machine with Python 3.11:
#   make demo   runs the main job on the bundled fixtures
#   make test   runs the test suite
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or: make PYTHON=python3 ...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/moderator score fixtures/pages/wordpress_scrape.txt fixtures/demo/comments.jsonl \
		fixtures/dumps/reddit.ndjson.zst -o out/scored.jsonl
	@echo "--- first record of out/scored.jsonl"
	@head -n 1 out/scored.jsonl
	@if [ -t 0 ] && [ -t 1 ]; then $(BIN)/moderator review --demo --reviewer demo; \
	else echo "(no terminal here: run '$(BIN)/moderator review --demo' in one to open the review dashboard)"; fi

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_score.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_review.py
	$(BIN)/python bench/bench_long_comments.py

clean:
	rm -rf $(VENV) out
