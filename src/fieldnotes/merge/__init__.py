"""Packages and the merge of members' databases into one master — no Qt."""
