"""Programme rules at the province (draft, set, publish, audit) and their signed trip into a laptop:
signature of the rules themselves, versions only move forward, bad edits are refused by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pulut_desktop.domain.rules import SHIPPED_RULES, AgeRules, FundingWindow, ProgrammeRules
from pulut_desktop.outbox.reference import apply_reference_bundle
from pulut_desktop.province.bundle import build_reference_bundle
from pulut_desktop.province.models import Event
from pulut_desktop.province.rules import RulesError, flatten, publish_rules, rules_state, set_rule
from pulut_desktop.storage.rules import current_rules
from pulut_desktop.sync import reference as bundle_wire
from pulut_desktop.sync import rules as wire
from pulut_desktop.sync.errors import ReceiptError
from pulut_desktop.sync.keys import b64encode, generate_signing_key
from tests.outbox.helpers import make_laptop, make_province
from tests.province_http.conftest import enrol_direct

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def province(tmp_path):
    p = make_province(tmp_path / "province")
    yield p
    p.store.close()


@pytest.fixture
def laptop(tmp_path, province):
    store = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    enrol_direct(store, province)
    yield store
    store.close()


def test_signed_rules_round_trip_and_a_foreign_key_is_refused():
    key = generate_signing_key()
    rules = ProgrammeRules(version=3, published_at=NOW, age=AgeRules(block_above=65))
    data = wire.sign_rules(rules, key)
    assert wire.parse_rules(data, province_signing_key=key.public_key()) == rules
    with pytest.raises(ReceiptError) as caught:
        wire.parse_rules(data, province_signing_key=generate_signing_key().public_key())
    assert caught.value.code == "rules.bad_signature"
    with pytest.raises(ReceiptError) as caught:
        wire.parse_rules(wire.sign_rules(SHIPPED_RULES, key), province_signing_key=key.public_key())
    assert caught.value.code == "rules.header_invalid"  # version 0 is never published


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_rules_reader_raises_only_its_own_errors(data):
    key = generate_signing_key()
    try:
        wire.parse_rules(data, province_signing_key=key.public_key())
    except ReceiptError:
        return
    raise AssertionError("random bytes were accepted as signed rules")


def test_set_publish_and_every_change_audited(province):
    assert rules_state(province.store).published is None
    set_rule(province.store, "age.block_above", "65", actor="admin1")
    set_rule(province.store, "phone.required", "true", actor="admin1")
    set_rule(province.store, "dbh_sawit_occupations", "PEKEBUN_SAWIT,BURUH_KEBUN_SAWIT", actor="admin2")
    set_rule(province.store, "funding", '[{"regency_code": "*", "sources": ["APBD", "DBH_SAWIT"]},'
             '{"regency_code": "14.01", "budget_year": 2027, "sources": ["APBD"]}]', actor="admin2")  # fmt: skip
    state = rules_state(province.store)
    assert state.unpublished_changes and state.draft.age.block_above == 65
    assert state.draft.open_sources("14.01", 2027) == ("APBD",)
    assert state.draft.open_sources("14.01", 2026) == ("APBD", "DBH_SAWIT")
    published = publish_rules(province.store, province.keys, actor="admin1")
    assert published.version == 1 and published.published_at is not None
    assert not rules_state(province.store).unpublished_changes
    set_rule(province.store, "contributions.JKM.amount", "7000", actor="admin1")
    assert publish_rules(province.store, province.keys, actor="admin1").version == 2
    with province.store.reader() as session:
        events = [(e.action, e.subject, e.details.get("by")) for e in session.scalars(select(Event))
                  if e.action.startswith("rules.")]  # fmt: skip
        changed = session.scalars(select(Event).where(Event.subject == "contributions.JKM.amount")).one()
    assert events == [
        ("rules.changed", "age.block_above", "admin1"), ("rules.changed", "phone.required", "admin1"),
        ("rules.changed", "dbh_sawit_occupations", "admin2"), ("rules.changed", "funding", "admin2"),
        ("rules.published", "1", "admin1"), ("rules.changed", "contributions.JKM.amount", "admin1"),
        ("rules.published", "2", "admin1"),
    ]  # fmt: skip
    assert (changed.details["old"], changed.details["new"]) == (6800, 7000)


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("age.nonsense", "1", "rules.unknown_key"),
        ("version", "9", "rules.unknown_key"),  # set by publishing only
        ("age.block_above", "40", "rules.bad_value"),  # below the warn limit (56)
        ("age.warn_below", "-1", "rules.bad_value"),
        ("phone.required", '"maybe"', "rules.bad_value"),
        ("coverage.default_months", "13", "rules.bad_value"),
        ("funding", '[{"regency_code": "31.71", "sources": ["APBD"]}]', "rules.bad_value"),
        ("contributions.JKK.amount", "-5", "rules.bad_value"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(province, key, value, code):
    with pytest.raises(RulesError) as caught:
        set_rule(province.store, key, value, actor="admin1")
    assert caught.value.code == code
    assert rules_state(province.store).draft == SHIPPED_RULES


def test_every_rule_can_be_listed_and_set_back_to_itself(province):
    import json

    for key, value in flatten(SHIPPED_RULES):
        if key not in ("version", "published_at"):
            set_rule(province.store, key, json.dumps(value), actor="admin1")
    assert rules_state(province.store).draft == SHIPPED_RULES


def test_rules_signed_by_another_key_inside_a_good_bundle_are_refused(province, laptop):
    forged = wire.sign_rules(ProgrammeRules(version=5, published_at=NOW), generate_signing_key())
    good = bundle_wire.parse_bundle(build_reference_bundle(province.store, province.keys),
                                    province_signing_key=province.keys.signing.public_key())  # fmt: skip
    document = {**good.model_dump(mode="json"), "rules": b64encode(forged)}
    data = bundle_wire.build_bundle(document, province.keys.signing)
    with pytest.raises(ReceiptError) as caught:
        apply_reference_bundle(laptop, data)
    assert caught.value.code == "rules.bad_signature"
    assert current_rules(laptop).shipped


def test_a_laptop_keeps_the_newest_rules(province, laptop):
    set_rule(province.store, "age.warn_above", "60", actor="admin1")
    publish_rules(province.store, province.keys, actor="admin1")
    old_bundle = build_reference_bundle(province.store, province.keys)
    set_rule(province.store, "age.warn_above", "58", actor="admin1")
    publish_rules(province.store, province.keys, actor="admin1")
    apply_reference_bundle(laptop, build_reference_bundle(province.store, province.keys))
    assert (current_rules(laptop).version, current_rules(laptop).age.warn_above) == (2, 58)
    # A bundle that still carries version 1 (a stick left in a drawer) never brings it back.
    apply_reference_bundle(laptop, old_bundle)
    assert current_rules(laptop).version == 2


def test_funding_windows_pick_the_most_specific():
    rules = ProgrammeRules(
        funding=(
            FundingWindow(),
            FundingWindow(regency_code="14.01", sources=("APBD",)),
            FundingWindow(budget_year=2027, sources=("DBH_SAWIT",)),
            FundingWindow(regency_code="14.01", budget_year=2027, sources=()),
        )
    )
    assert rules.open_sources("14.71", 2026) == ("APBD", "DBH_SAWIT")
    assert rules.open_sources("14.01", 2026) == ("APBD",)
    assert rules.open_sources("14.71", 2027) == ("DBH_SAWIT",)
    assert rules.open_sources("14.01", 2027) == ()
