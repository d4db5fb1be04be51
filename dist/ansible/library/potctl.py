#!/usr/bin/python
# -*- coding: utf-8 -*-
# potctl Ansible module: converge one pot host to a spec with `potctl plan` / `potctl apply`.
# SPDX-License-Identifier: BSD-2-Clause

DOCUMENTATION = r"""
module: potctl
short_description: Converge a pot host to a potctl spec (plan, then apply)
description:
  - Runs C(potctl plan SPEC -o json --detailed-exitcode) against I(host); when the plan has
    changes and the task is not in check mode, runs C(potctl apply SPEC --yes -o json).
  - C(changed) comes from the plan; a no-op plan is never C(changed) and runs no apply.
  - Check mode is C(potctl plan): it reports what apply would do and changes nothing.
  - Every command is an argv list; nothing goes through a shell.
options:
  spec:
    description: The spec directory (on the machine the module runs on).
    type: path
    required: true
  host:
    description: The C(--host) value (local, sim:DIR, ssh://...). Default potctl's own.
    type: str
  potctl:
    description: Path of the potctl launcher.
    type: path
    default: potctl
  spec_id:
    description: The C(--spec-id) value.
    type: str
  allow_data_loss:
    description: Pass C(--allow-data-loss) to apply (deleting or replacing pots, deleting fscomps).
    type: bool
    default: false
  max_destroy:
    description: Pass C(--max-destroy N) to apply.
    type: int
  config:
    description: The C(--config) file (default potctl's own, /usr/local/etc/potctl.conf).
    type: path
  allow_host_dirs:
    description: Extra roots for dir mounts, each passed as C(--allow-host-dir).
    type: list
    elements: path
    default: []
  allow_templates:
    description: >-
      Pots potctl does not manage that the spec may clone, each passed as C(--allow-template)
      (C(*) allows every one).
    type: list
    elements: str
    default: []
  allow_privileged_attributes:
    description: Pass C(--allow-privileged-attributes) (attribute values that weaken a jail).
    type: bool
    default: false
  allow_hooks:
    description: Pass C(--allow-hooks) (pot hooks, spec scripts pot runs on the host as root).
    type: bool
    default: false
  image_key:
    description: The C(--image-key) value, a signify public key on the pot host.
    type: str
  reserved_host_ports:
    description: >-
      The C(--reserved-host-ports) value, host ports and LOW-HIGH ranges no spec may export
      (potctl's default, without it, reserves 22; an empty string reserves none).
    type: str
"""

RETURN = r"""
summary:
  description: The plan's summary (create, update, replace, delete, noop counts).
  type: dict
  returned: when a plan was made
failed_steps:
  description: Steps of the apply that failed (id, address, argv, detail).
  type: list
  returned: always
apply:
  description: The apply report's summary and outcome.
  type: dict
  returned: when apply ran
"""

import json

from ansible.module_utils.basic import AnsibleModule


def common(params):
    """The options plan and apply share: the same host, id and operator allowances."""
    argv = []
    for option, key in (
        ("--host", "host"),
        ("--spec-id", "spec_id"),
        ("--config", "config"),
        ("--image-key", "image_key"),
    ):
        if params[key]:
            argv += [option, params[key]]
    if params["reserved_host_ports"] is not None:
        argv += ["--reserved-host-ports", params["reserved_host_ports"]]
    for root in params["allow_host_dirs"]:
        argv += ["--allow-host-dir", root]
    for pot in params["allow_templates"]:
        argv += ["--allow-template", pot]
    if params["allow_privileged_attributes"]:
        argv.append("--allow-privileged-attributes")
    if params["allow_hooks"]:
        argv.append("--allow-hooks")
    return argv


def parse(stdout):
    try:
        return json.loads(stdout)
    except ValueError:
        return None


def diagnostics(doc):
    if not doc:
        return []
    return doc.get("diagnostics", [])


def plan(module):
    p = module.params
    argv = [p["potctl"], "plan", p["spec"], "-o", "json", "--detailed-exitcode"] + common(p)
    rc, out, err = module.run_command(argv)
    doc = parse(out)
    if rc not in (0, 2) or doc is None:
        module.fail_json(
            msg="potctl plan failed (exit %d): %s" % (rc, err.strip()),
            rc=rc,
            diagnostics=diagnostics(doc),
            failed_steps=[],
        )
    return rc == 2, doc


def apply(module):
    p = module.params
    argv = [p["potctl"], "apply", p["spec"], "--yes", "-o", "json"] + common(p)
    if p["allow_data_loss"]:
        argv.append("--allow-data-loss")
    if p["max_destroy"] is not None:
        argv += ["--max-destroy", str(p["max_destroy"])]
    rc, out, err = module.run_command(argv)
    return rc, parse(out), err


def failed_steps(report):
    if not report:
        return []
    return [
        {k: s.get(k) for k in ("id", "address", "argv", "detail")}
        for s in report.get("steps", [])
        if s.get("outcome") == "failed"
    ]


def main():
    module = AnsibleModule(
        argument_spec=dict(
            spec=dict(type="path", required=True),
            host=dict(type="str"),
            potctl=dict(type="path", default="potctl"),
            spec_id=dict(type="str"),
            allow_data_loss=dict(type="bool", default=False),
            max_destroy=dict(type="int"),
            config=dict(type="path"),
            allow_host_dirs=dict(type="list", elements="path", default=[]),
            allow_templates=dict(type="list", elements="str", default=[]),
            allow_privileged_attributes=dict(type="bool", default=False),
            allow_hooks=dict(type="bool", default=False),
            image_key=dict(type="str"),
            reserved_host_ports=dict(type="str"),
        ),
        supports_check_mode=True,
    )
    changes, doc = plan(module)
    result = dict(
        changed=changes,
        summary=doc.get("summary", {}),
        diagnostics=diagnostics(doc),
        failed_steps=[],
    )
    if not changes or module.check_mode:
        module.exit_json(**result)
    rc, report, err = apply(module)
    result["failed_steps"] = failed_steps(report)
    if report:
        result["apply"] = dict(outcome=report.get("outcome"), summary=report.get("summary"))
        result["diagnostics"] = diagnostics(report) or result["diagnostics"]
    if rc != 0:
        module.fail_json(msg="potctl apply failed (exit %d): %s" % (rc, err.strip()), rc=rc, **result)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
