"""A ``TurnContext`` that copies outgoing activities shallowly (botbuilder 4.17.1 work-around).

``TurnContext.send_activities`` deep-copies every activity before it applies the conversation
reference, so the caller's object is left as it was. For an Adaptive Card that is a walk over
hundreds of dicts and strings per message: about 5 % of the event loop under load
(bench/load_bench.py), for a copy that is thrown away after the send. Everything the SDK and
the bot do to an outgoing activity after that copy assigns its top-level fields (the
conversation reference, ``id``, ``input_hint``, the streaming entity and channel data, split
texts), so a shallow copy keeps the caller's activity just as unchanged. The method below is
the SDK's, with ``copy`` for ``deepcopy``; ``AktivCloudAdapter`` creates this context.
"""

from __future__ import annotations

from copy import copy

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes, DeliveryModes, ResourceResponse


class ShallowCopyTurnContext(TurnContext):
    async def send_activities(self, activities: list[Activity]) -> list[ResourceResponse]:
        sent_non_trace_activity = False
        ref = TurnContext.get_conversation_reference(self.activity)

        def activity_validator(activity: Activity) -> Activity:
            nonlocal sent_non_trace_activity
            if not getattr(activity, "type", None):
                activity.type = ActivityTypes.message
            if activity.type != ActivityTypes.trace:
                sent_non_trace_activity = True
            if not activity.input_hint:
                activity.input_hint = "acceptingInput"
            activity.id = None
            return activity

        output = [activity_validator(TurnContext.apply_conversation_reference(copy(act), ref)) for act in activities]

        async def logic():
            nonlocal sent_non_trace_activity
            if self.activity.delivery_mode == DeliveryModes.expect_replies:
                responses = []
                for activity in output:
                    self.buffered_reply_activities.append(activity)
                    # The SDK keeps the invoke response in the turn state here too (it is not
                    # sent through the adapter, which would put it there).
                    if activity.type == ActivityTypes.invoke_response:
                        self.turn_state[TurnContext._INVOKE_RESPONSE_KEY] = activity
                    responses.append(ResourceResponse())
                if sent_non_trace_activity:
                    self.responded = True
                return responses
            responses = await self.adapter.send_activities(self, output)
            if sent_non_trace_activity:
                self.responded = True
            return responses

        return await self._emit(self._on_send_activities, output, logic())
