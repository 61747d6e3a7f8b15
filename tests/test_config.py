"""config.toml: typed, documented, and clear errors naming file, key and line."""

import tomllib

import pytest

from moderator.config import Config, describe, load_config
from moderator.errors import ConfigError

from conftest import ROOT, run_cli


def write(tmp_path, text):
    p = tmp_path / "c.toml"
    p.write_text(text)
    return p


def test_shipped_config_is_the_documented_default():
    shipped = load_config(ROOT / "config.toml", env={})
    assert shipped == Config()
    data = tomllib.loads((ROOT / "config.toml").read_text())
    documented = {k for k, _, _ in describe()}
    written = {f"{sec}.{key}" for sec, table in data.items() for key in table}
    assert written == documented  # every setting is in the shipped file, and nothing else


def test_every_field_is_documented():
    assert all(d for _, _, d in describe())


def test_misspelt_key_suggests_nearest(tmp_path):
    p = write(tmp_path, "[input]\n\non_eror = 'skip'\n")
    with pytest.raises(ConfigError) as e:
        load_config(p, env={})
    assert str(e.value) == f"{p}:3: input.on_eror: unknown key; did you mean 'on_error'?"


def test_unknown_section(tmp_path):
    p = write(tmp_path, "[feilds]\ntext = 'body'\n")
    with pytest.raises(ConfigError, match=r":1: feilds: unknown section; did you mean 'fields'\?"):
        load_config(p, env={})


@pytest.mark.parametrize("body,msg", [
    ("[input]\nmax_record_mb = 'big'\n", "input.max_record_mb: expected a number"),
    ("[input]\nmax_record_mb = 0\n", "must be at least"),
    ("[input]\non_error = 'skpi'\n", "must be one of fail, skip, got 'skpi'; did you mean 'skip'?"),
    ("[fields]\ntext = 3\n", "fields.text: expected a string or a list of strings"),
    ("[input\n", "not valid TOML"),
])
def test_bad_values(tmp_path, body, msg):
    with pytest.raises(ConfigError, match=msg.replace("?", r"\?").replace("(", r"\(")):
        load_config(write(tmp_path, body), env={})


def test_precedence_env_over_file(tmp_path):
    p = write(tmp_path, "[input]\non_error = 'fail'\n")
    assert load_config(p, env={"MODERATOR_INPUT_ON_ERROR": "skip"}).input.on_error == "skip"
    assert load_config(p, env={"MODERATOR_FIELDS_TEXT": "message,body"}).fields.text == ("message", "body")
    with pytest.raises(ConfigError, match=r"\$MODERATOR_INPUT_ON_EROR: input.on_eror: unknown key; did you mean 'on_error'"):
        load_config(p, env={"MODERATOR_INPUT_ON_EROR": "skip"})


def test_cli_flag_beats_config_and_config_error_is_one_line(tmp_path, capsys):
    from conftest import FIXTURES

    p = write(tmp_path, "[input]\non_error = 'skip'\n")
    code, _, err = run_cli(capsys, "--config", p, "parse", FIXTURES / "bad" / "not_json.jsonl", "--on-error", "fail")
    assert code == 2 and "line 2" in err
    bad = write(tmp_path, "[input]\non_errors = 'skip'\n")
    code, _, err = run_cli(capsys, "--config", bad, "parse", FIXTURES / "dumps" / "comments.jsonl")
    assert code == 2 and err.strip() == f"moderator: error: {bad}:2: input.on_errors: unknown key; did you mean 'on_error'?"
