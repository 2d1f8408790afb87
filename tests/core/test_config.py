import os
import stat

import pytest
from pydantic import ValidationError

from gradebook_gui.config import (
    CredentialKind,
    Profile,
    ProfileNotFound,
    ProfileStore,
    config_dir,
    data_dir,
    ensure_private_dir,
    write_file_atomically,
)
from gradebook_gui.models import PlatformFamily


def test_folders_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADEBOOK_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("GRADEBOOK_DATA_DIR", str(tmp_path / "d"))
    assert config_dir() == tmp_path / "c"
    assert data_dir() == tmp_path / "d"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_dir_is_readable_by_the_user_only(tmp_path):
    folder = ensure_private_dir(tmp_path / "grades")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_profiles_round_trip_and_replace_by_name(tmp_path):
    store = ProfileStore(tmp_path)
    assert store.all() == []
    store.save(Profile(name="Bio 101", base_url="https://school.ltiaas.com/"))
    store.save(
        Profile(
            name="Bio 101",
            base_url="https://school.ltiaas.com",
            credential_kind=CredentialKind.BOTH,
            platform=PlatformFamily.canvas,
        )
    )
    store.save(Profile(name="art", base_url="https://other.ltiaas.com"))
    profiles = ProfileStore(tmp_path).all()
    assert [p.name for p in profiles] == ["art", "Bio 101"]
    bio = store.get("Bio 101")
    assert bio.base_url == "https://school.ltiaas.com"
    assert bio.platform is PlatformFamily.canvas
    assert bio.credential_kind.has_ltik and bio.credential_kind.has_service_key


def test_profiles_file_holds_no_secret_fields(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(Profile(name="p", base_url="https://x.ltiaas.com"))
    text = store.path.read_text()
    assert "api_key" not in text and 'ltik"' not in text


def test_remove_unknown_profile_says_how_to_list(tmp_path):
    store = ProfileStore(tmp_path)
    with pytest.raises(ProfileNotFound) as caught:
        store.remove("nope")
    assert "gradebook profile list" in str(caught.value)


@pytest.mark.parametrize("name", ["", " ", "a/b", "x" * 65, "-lead"])
def test_bad_profile_names_are_refused(name):
    with pytest.raises(ValidationError):
        Profile(name=name, base_url="https://x.ltiaas.com")


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "f.txt"
    write_file_atomically(target, "old")
    write_file_atomically(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]
