#!/usr/bin/python3
"""Send and receive rates of `rapportctl serve` against the pty simulator, and the same 200
texts sent by gammu-smsd (files backend) on the same simulated modem, side by side.

Usage: tests/benchmarks/bench_messaging.py [--rapportctl PATH] [--count 200] [--delays 0,500]
                                            [--inbound 1000] [--runs 3] [--no-gammu]

For each network delay D (the simulator's answer to AT+CMGS takes D ms, like a real network):
  rapport   a fresh database with COUNT one-part texts queued by `rapportctl send`, then
            `rapportctl serve --modem PTY --min-gap-ms 0 --until-idle`: wall time from start to
            exit (modem set-up included), and the send phase from the first text handed to the
            modem to the last one sent. Ideal = COUNT x D; fraction of ideal = ideal / send phase.
  gammu     the same COUNT texts written to gammu-smsd's outbox with gammu-smsd-inject, then
            gammu-smsd started: wall time from start until the last file reaches sent/.
Inbound (D = 0): INBOUND texts injected into the simulator while serve runs; persisted per
second = INBOUND / (time of the last "received" line - time of the first).
Medians over RUNS, rounds of rapport and gammu interleaved. Prints figures; asserts nothing.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class LineLog:
    """A process's output lines with the monotonic time each arrived."""

    def __init__(self, process):
        self.lines = []
        self.process = process
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for raw in self.process.stdout:
            self.lines.append((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))

    def wait_for(self, predicate, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if any(predicate(line) for _, line in list(self.lines)):
                return True
            time.sleep(0.01)
        return False


def start_simulator(rapportctl, link, delay_ms, extra=()):
    process = subprocess.Popen([rapportctl, "modem", "simulate", "--link", link, "--delay-ms",
                                str(delay_ms), "--report-delay-ms", "200", "--log-submissions"]
                               + list(extra),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    log = LineLog(process)
    end = time.monotonic() + 10
    while not os.path.exists(link) and time.monotonic() < end:
        time.sleep(0.01)
    return process, log


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def numbers(count):
    return ["+447400%06d" % (123000 + i % 1000) for i in range(count)]


def prepare_database(rapportctl, folder, count):
    db = os.path.join(folder, "bench.db")
    subprocess.run([rapportctl, "db", "generate-demo", "--customers", "1", "--messages", "0",
                    "--database", db], check=True, stdout=subprocess.DEVNULL)
    for i, number in enumerate(numbers(count)):
        subprocess.run([rapportctl, "send", number, "Bench message %03d: your order is ready." % i,
                        "--purpose", "reply", "--database", db], check=True,
                       stdout=subprocess.DEVNULL)
    return db


def run_rapport(rapportctl, count, delay_ms):
    folder = tempfile.mkdtemp(prefix="rapport-bench-")
    try:
        db = prepare_database(rapportctl, folder, count)
        link = os.path.join(folder, "modem")
        simulator, simulated = start_simulator(rapportctl, link, delay_ms)
        started = time.monotonic()
        serve = subprocess.run([rapportctl, "serve", "--database", db, "--modem", link,
                                "--min-gap-ms", "0", "--until-idle"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=1800)
        wall = time.monotonic() - started
        stop(simulator)
        accepted = [t for t, line in simulated.lines if line.startswith("submitted\t")]
        sent = serve.stdout.decode().count("\nsent #") + serve.stdout.decode().startswith("sent #")
        if serve.returncode != 0 or len(accepted) != count:
            print("  rapport run failed: exit %d, %d of %d accepted by the network"
                  % (serve.returncode, len(accepted), count))
            return None
        # The first text left when the network accepted it minus one delay.
        phase = accepted[-1] - accepted[0] + delay_ms / 1000.0
        return wall, phase, sent
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_gammu(rapportctl, count, delay_ms):
    folder = tempfile.mkdtemp(prefix="gammu-bench-")
    try:
        link = os.path.join(folder, "modem")
        for sub in ("inbox", "outbox", "sent", "error"):
            os.mkdir(os.path.join(folder, sub))
        config = os.path.join(folder, "smsdrc")
        with open(config, "w") as f:
            f.write("[gammu]\ndevice = %s\nconnection = at\n[smsd]\nservice = files\n"
                    "inboxpath = %s/inbox/\noutboxpath = %s/outbox/\nsentsmspath = %s/sent/\n"
                    "errorsmspath = %s/error/\nlogfile = %s/smsd.log\ndebuglevel = 0\n"
                    "CheckSecurity = 0\nCheckBattery = 0\nCheckSignal = 0\n"
                    "ReceiveFrequency = 0\nStatusFrequency = 0\n"
                    % (link, folder, folder, folder, folder, folder))
        for i, number in enumerate(numbers(count)):
            subprocess.run(["gammu-smsd-inject", "-c", config, "TEXT", number, "-text",
                            "Bench message %03d: your order is ready." % i], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        simulator, simulated = start_simulator(rapportctl, link, delay_ms)
        started = time.monotonic()
        smsd = subprocess.Popen(["gammu-smsd", "-c", config], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        sent_dir = os.path.join(folder, "sent")
        deadline = started + 1800
        while len(os.listdir(sent_dir)) < count and time.monotonic() < deadline:
            if smsd.poll() is not None:
                break
            time.sleep(0.02)
        wall = time.monotonic() - started
        done = len(os.listdir(sent_dir))
        stop(smsd)
        stop(simulator)
        accepted = [t for t, line in simulated.lines if line.startswith("submitted\t")]
        if done != count:
            print("  gammu run failed: %d of %d sent, %d errors"
                  % (done, count, len(os.listdir(os.path.join(folder, "error")))))
            return None
        phase = accepted[-1] - accepted[0] + delay_ms / 1000.0
        return wall, phase
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_inbound(rapportctl, count):
    folder = tempfile.mkdtemp(prefix="rapport-inbound-")
    try:
        db = os.path.join(folder, "bench.db")
        subprocess.run([rapportctl, "db", "generate-demo", "--customers", "1", "--messages", "0",
                        "--database", db], check=True, stdout=subprocess.DEVNULL)
        link = os.path.join(folder, "modem")
        # Memory for every text at once: a SIM's 20 slots would make this measure the SMSC's
        # 0.5 s retry after memory is freed, not the host.
        simulator, _ = start_simulator(rapportctl, link, 0, ["--storage-slots", str(count + 10)])
        serve = subprocess.Popen([rapportctl, "serve", "--database", db, "--modem", link],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        served = LineLog(serve)
        if not served.wait_for(lambda line: line.startswith("Serving"), 30):
            print("  serve did not start")
            return None
        time.sleep(2)  # the session's set-up (AT+CNMI) before texts arrive
        lines = "".join("inject %s Inbound bench %04d, thanks!\n" % (n, i)
                        for i, n in enumerate(numbers(count)))
        simulator.stdin.write(lines.encode())
        simulator.stdin.flush()
        received = lambda: [t for t, line in list(served.lines) if line.startswith("received #")]
        deadline = time.monotonic() + 600
        while len(received()) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        times = received()
        stop(serve)
        stop(simulator)
        if len(times) < count:
            print("  inbound run: only %d of %d received" % (len(times), count))
            return None
        return count / (times[-1] - times[0]) if times[-1] > times[0] else float("inf")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rapportctl", default=os.path.join(ROOT, "build/default/bin/rapportctl"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--delays", default="0,500")
    parser.add_argument("--inbound", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-gammu", action="store_true")
    args = parser.parse_args()
    gammu = not args.no_gammu and shutil.which("gammu-smsd") is not None
    if not args.no_gammu and not gammu:
        print("gammu-smsd not found (apt install gammu-smsd); comparing without it")

    for delay in [int(d) for d in args.delays.split(",")]:
        rapport_runs, gammu_runs = [], []
        for _ in range(args.runs):
            r = run_rapport(args.rapportctl, args.count, delay)
            if r:
                rapport_runs.append(r)
            if gammu:
                g = run_gammu(args.rapportctl, args.count, delay)
                if g:
                    gammu_runs.append(g)
        ideal = args.count * delay / 1000.0
        print("delay %d ms, %d one-part texts, %d runs (ideal send phase %.1f s):"
              % (delay, args.count, args.runs, ideal))
        if rapport_runs:
            wall = statistics.median(r[0] for r in rapport_runs)
            phase = statistics.median(r[1] for r in rapport_runs)
            line = "  rapport serve: wall %.2f s, send phase %.2f s, %.1f texts/s" % (
                wall, phase, args.count / phase)
            if delay > 0:
                line += ", %.3f of ideal" % (ideal / phase)
            print(line)
        if gammu_runs:
            wall = statistics.median(g[0] for g in gammu_runs)
            phase = statistics.median(g[1] for g in gammu_runs)
            line = "  gammu-smsd:    wall %.2f s, send phase %.2f s, %.1f texts/s" % (
                wall, phase, args.count / phase)
            if delay > 0:
                line += ", %.3f of ideal" % (ideal / phase)
            print(line)
        if rapport_runs and gammu_runs:
            print("  gammu-smsd / rapport wall time: %.2f" % (
                statistics.median(g[0] for g in gammu_runs)
                / statistics.median(r[0] for r in rapport_runs)))
    if args.inbound > 0:
        rates = [r for r in (run_inbound(args.rapportctl, args.inbound)
                             for _ in range(args.runs)) if r]
        if rates:
            print("inbound, delay 0 ms, %d one-part texts: %.0f persisted/s (median of %d; "
                  "min %.0f, max %.0f)" % (args.inbound, statistics.median(rates), len(rates),
                                           min(rates), max(rates)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
