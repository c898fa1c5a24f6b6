"""Runs every ```bash block of the README and docs/*.md, so that documented commands cannot rot.

usage: run_doc_commands.py BINARY FILE...

The blocks of one file run in order in one bash script (variables carry over), with
`set -euo pipefail`, in a fresh temporary directory where `onezone-tokens`,
`target/release/onezone-tokens` and `cargo run --release --` all run BINARY. An HTML
comment right before a block directs it:

  <!-- doc-test: serve -->             start the block in the background and wait until it
                                       prints "onezone-tokens serving"; stopped at the end
  <!-- doc-test: skip REASON -->       do not run the block (REASON is required)
  <!-- doc-test: expect TEXT -->       the block's output must contain TEXT
  <!-- doc-test: nginx -->             (before an ```nginx block) the block is a complete
                                       nginx.conf: `nginx -t` must accept it (paths are
                                       relative to the temporary directory)
  <!-- doc-test: in-checkout ... -->   run the block in a subshell at the repository's root
                                       (for recipes that read its files, such as the Arazzo
                                       workflow); another directive may follow

The contract testers' tools that the test command installed into the checkout (schemathesis,
openapi-generator-cli, Prism, Redocly CLI, oasdiff) are on PATH, as they are for a user who
installed them with the commands the docs show.

Exits non-zero when a block fails, naming the file and line.
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"(?:<!-- doc-test: (?P<directive>[^>]*?) -->\s*\n)?```(?P<lang>bash|nginx)\n"
                   r"(?P<body>.*?)```", re.S)
MARK = "::doc-block::"


def blocks(path):
    text = open(path, encoding="utf-8").read()
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start("body"))
        directive = (match.group("directive") or "").strip()
        if match.group("lang") == "nginx" and directive != "nginx":
            continue  # an nginx block without the marker is only shown
        yield line, directive, match.group("body")


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Where scripts/test and scripts/contract install the pinned tools the docs tell users to install.
TOOL_DIRS = [".venv/bin", ".venv-codegen/bin", ".tools/prism/node_modules/.bin",
             ".tools/redocly/node_modules/.bin", ".tools/go/bin"]


def prelude(binary, workdir):
    tools = ":".join(shlex.quote(os.path.join(ROOT, d)) for d in TOOL_DIRS)
    shim = os.path.join(workdir, "bin")
    os.makedirs(os.path.join(workdir, "target", "release"), exist_ok=True)
    os.makedirs(shim, exist_ok=True)
    for link in (os.path.join(shim, "onezone-tokens"),
                 os.path.join(workdir, "target", "release", "onezone-tokens")):
        os.symlink(binary, link)
    return (
        "set -euo pipefail\n"
        f"export PATH={shlex.quote(shim)}:{tools}:$PATH\n"
        # `cargo run --release -- ARGS` runs the built binary with ARGS.
        'cargo() { if [ "${1:-} ${2:-} ${3:-}" = "run --release --" ]; then shift 3; '
        'onezone-tokens "$@"; else command cargo "$@"; fi; }\n'
    )


def run_file(path, binary):
    with tempfile.TemporaryDirectory() as workdir:
        head = prelude(binary, workdir)
        script = [head, "servers=()\n",
                  'stop() { for s in "${servers[@]}" $(jobs -p); do kill -- "-$s" 2>/dev/null '
                  '|| kill "$s" 2>/dev/null || true; done; wait 2>/dev/null || true; }\n'
                  'trap stop EXIT\n']
        expected = {}
        for line, directive, body in blocks(path):
            where = f"{path}:{line}"
            if directive.startswith("skip"):
                reason = directive[4:].strip()
                if not reason:
                    raise SystemExit(f"{where}: a skipped block needs a reason")
                print(f"  skip  {where} ({reason})")
                continue
            # A newline first: the previous output may not end with one (curl bodies).
            script.append(f"\nprintf '\\n{MARK}{line}\\n'\n")
            if directive.startswith("in-checkout"):
                directive = directive[len("in-checkout"):].strip()
                body = f"(cd {shlex.quote(ROOT)}\n{body})\n"
            if directive == "nginx":
                conf = f"nginx-{line}.conf"
                script.append(
                    f"cat > {conf} <<'NGINX_CONF_EOF'\n{body}NGINX_CONF_EOF\n"
                    f'PATH="$PATH:/usr/sbin" nginx -t -q -p "$PWD/" -c "$PWD/{conf}" -e "$PWD/nginx-{line}.log"\n'
                )
            elif directive == "serve":
                server = os.path.join(workdir, f"serve-{line}")
                open(server + ".sh", "w").write(head + body)
                script.append(
                    f"setsid bash {server}.sh >{server}.log 2>&1 &\nservers+=($!)\n"
                    f"for _ in $(seq 300); do grep -q 'onezone-tokens serving' {server}.log "
                    "&& break; sleep 0.1; done\n"
                    f"grep -q 'onezone-tokens serving' {server}.log || "
                    f"{{ cat {server}.log; exit 1; }}\n"
                )
            else:
                script.append(body)
                if directive.startswith("expect "):
                    expected[line] = directive[len("expect "):]
                elif directive:
                    raise SystemExit(f"{where}: unknown directive {directive!r}")
        script.append(f"\nprintf '\\n{MARK}end\\n'\n")
        result = subprocess.run(["bash", "-c", "".join(script)], cwd=workdir,
                                capture_output=True, text=True, timeout=300)

    outputs, current = {}, None
    for text_line in result.stdout.splitlines():
        if text_line.startswith(MARK):
            current = text_line[len(MARK):]
            outputs[current] = []
        elif current is not None:
            outputs[current].append(text_line)
    failures = 0
    ran = [key for key in outputs if key != "end"]
    for key in ran:
        where = f"{path}:{key}"
        output = "\n".join(outputs[key])
        finished = "end" in outputs or key != ran[-1]
        if not finished:
            print(f"  FAIL  {where} (exit {result.returncode})\n{output}\n{result.stderr}")
            failures += 1
        elif int(key) in expected and expected[int(key)] not in output:
            print(f"  FAIL  {where}: output lacks {expected[int(key)]!r}\n{output}")
            failures += 1
        else:
            print(f"  ok    {where}")
    if result.returncode != 0 and not failures:
        print(f"  FAIL  {path} (exit {result.returncode})\n{result.stderr}")
        failures += 1
    return failures


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = 0
    for path in sys.argv[2:]:
        print(path)
        failures += run_file(path, binary)
    print(f"documented commands: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
