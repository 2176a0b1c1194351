"""``activity_problem`` judges any JSON object without raising (it runs before every turn; an
exception there would be a 500). Hypothesis, bounded."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.http.activity_check import activity_problem
from tests.fakes.activities import make_invoke, make_message

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20)
KEYS = st.sampled_from(["type", "name", "text", "channelId", "serviceUrl", "conversation", "from", "recipient",
                        "channelData", "entities", "attachments", "membersAdded", "value", "id", "replyToId"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(["message", "invoke"]), changes=st.dictionaries(KEYS, JSON, max_size=4))
def test_activity_problem_never_raises(base, changes):
    activity = (make_message("hei", "http://127.0.0.1:1/") if base == "message"
                else make_invoke("adaptiveCard/action", {"action": {}}, "http://127.0.0.1:1/"))
    activity.update(changes)
    problem = activity_problem(activity)
    assert problem is None or (isinstance(problem, str) and problem)


def test_well_formed_activities_pass():
    assert activity_problem(make_message("hei", "http://127.0.0.1:1/")) is None
    assert activity_problem(make_invoke("task/fetch", {"data": {}}, "https://smba.trafficmanager.net/emea/")) is None
