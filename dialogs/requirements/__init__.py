"""The requirements thread: from a job ad's must and should requirements to screening and
interview questions (issue 15). Pure modules: no botbuilder, no model."""
