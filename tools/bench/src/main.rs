//! The load harness behind `scripts/bench`: seeds data directories, starts the server and
//! the bare-hyper baseline (`bench-baseline`) on loopback, drives both with wrk,
//! interleaved (baseline, server, baseline, server, ... for every connection count, in
//! every round), and writes the table and the chart into docs/PERFORMANCE.md and
//! docs/performance.svg.
//!
//! ```text
//! loadbench --server target/release/onezone-tokens --baseline target/release/bench-baseline
//!           [--quick] [--rounds 3] [--seconds 5] [--docs docs]
//! ```

use anyhow::{Context, bail};
use onezone_tokens::server::issue_access_token;
use onezone_tokens::store::{MAX_ACCESS_TOKENS_PER_USER, SqliteStore, Store};
use onezone_tokens::token::{self, Grant, TokenId};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BASE: &str = "/api/v3/onezone";
const ADMIN_PASSWORD: &str = "bench-password";
const LEVELS: [usize; 4] = [1, 8, 64, 256];
const MILLION: usize = 1_000_000;

struct Options {
    server: PathBuf,
    baseline: PathBuf,
    docs: PathBuf,
    work: PathBuf,
    rounds: usize,
    seconds: u64,
    quick: bool,
}

fn main() -> anyhow::Result<()> {
    let mut options = Options {
        server: "target/release/onezone-tokens".into(),
        baseline: "target/release/bench-baseline".into(),
        docs: "docs".into(),
        work: "target/bench-work".into(),
        rounds: 3,
        seconds: 5,
        quick: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--server" => options.server = value()?.into(),
            "--baseline" => options.baseline = value()?.into(),
            "--docs" => options.docs = value()?.into(),
            "--work" => options.work = value()?.into(),
            "--rounds" => options.rounds = value()?.parse()?,
            "--seconds" => options.seconds = value()?.parse()?,
            "--quick" => {
                options.quick = true;
                options.rounds = 1;
                options.seconds = 2;
            }
            other => bail!("unknown argument {other}"),
        }
    }
    let started = Instant::now();
    let _ = std::fs::remove_dir_all(&options.work);
    std::fs::create_dir_all(&options.work)?;
    let runtime = tokio::runtime::Runtime::new()?;

    eprintln!("==> seeding data directories");
    let small = runtime.block_on(seed(&options, "store-10", 10, 0))?;
    let large = runtime.block_on(seed(&options, "store-1m", MILLION, 0))?;
    let joins = runtime.block_on(seed(&options, "store-joins", 10, joiners(&options)))?;
    let fsync_per_second = fsync_rate(&small.dir)?;
    eprintln!("    fsync ceiling of this disk: {fsync_per_second:.0}/s");

    let mut results = Vec::new();
    let token_header = format!("X-Auth-Token: {}", small.access_token);
    let basic_header = format!("Authorization: Basic {}", basic(ADMIN_PASSWORD));
    let rows = [
        Row::new("GET token, X-Auth-Token", false, vec![token_header.clone()]),
        Row::new("GET token, Basic", false, vec![basic_header.clone()]),
        Row::new(
            "GET token, X-Auth-Token, HTTPS keep-alive",
            true,
            vec![token_header.clone()],
        ),
        Row::new(
            "GET token, X-Auth-Token, new TLS connection per request",
            true,
            vec![token_header.clone(), "Connection: close".into()],
        ),
    ];
    for row in &rows {
        results.push(run_row(&options, row, &small, None)?);
    }
    let join_row = Row {
        name: "POST join (durable commit), X-Auth-Token".into(),
        tls: false,
        headers: vec![],
        path: format!("{BASE}/user/spaces/join"),
    };
    results.push(run_row(&options, &join_row, &joins, Some(&joins))?);

    eprintln!("==> store size: 10 vs 1,000,000 users, spaces and memberships (64 connections)");
    let size = store_size(&options, &small, &large)?;
    eprintln!("==> login storm: 64 connections of wrong passwords");
    let storm = login_storm(&options, &small)?;

    let machine = machine(fsync_per_second);
    write_docs(
        &options,
        &results,
        &size,
        &storm,
        &machine,
        started.elapsed(),
    )?;
    eprintln!("==> done in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// How many joiner users the join row may consume.
fn joiners(options: &Options) -> usize {
    if options.quick { 40_000 } else { 200_000 }
}

fn basic(password: &str) -> String {
    base64_encode(format!("admin:{password}").as_bytes())
}

fn base64_encode(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A data directory ready to serve.
struct Seeded {
    dir: PathBuf,
    access_token: String,
    invitation: String,
    /// File of access tokens of users who may each join once.
    joiner_tokens: Vec<String>,
    cert: PathBuf,
    key: PathBuf,
    body_size: usize,
}

/// First start (admin, its space, the TLS certificate), then `users` users with a space
/// and a membership each (direct SQL, one transaction), then `joiners` users with access
/// tokens.
async fn seed(
    options: &Options,
    name: &str,
    users: usize,
    joiners: usize,
) -> anyhow::Result<Seeded> {
    let dir = std::fs::canonicalize(&options.work)?.join(name);
    let mut first = Server::start(options, &dir, true, &[])?;
    let body_size = first.token_response_size()?;
    first.stop();
    let store = SqliteStore::open(&dir)?;
    let admin = store.user_id_by_name("admin").await?.context("no admin")?;
    let access_token = issue_access_token(&store, &admin, 86_400, MAX_ACCESS_TOKENS_PER_USER)
        .await?
        .token;
    let membership = store
        .default_space(&admin)
        .await?
        .context("no default space")?;
    let key = store.current_signing_key().await?;
    let invitation = token::mint(
        &key,
        &TokenId::generate(),
        &Grant::SpaceInvite {
            space_id: membership.space_id,
            inviter_id: admin.clone(),
            epoch: membership.invite_epoch,
            // Every joiner of the durable-join rounds joins with this one invitation.
            max_uses: Some(u32::MAX),
        },
        onezone_tokens::clock::unix_now() + 86_400,
    )?;
    let mut db = rusqlite::Connection::open(store.path())?;
    db.pragma_update(None, "synchronous", "OFF")?;
    let tx = db.transaction()?;
    let mut joiner_tokens = Vec::with_capacity(joiners);
    {
        let mut add_user = tx.prepare(
            "INSERT INTO users (id, name, password_hash, default_space_id, created_at)
             VALUES (?1, ?2, 'x', ?3, 0)",
        )?;
        let mut add_space =
            tx.prepare("INSERT INTO spaces (id, name, created_at) VALUES (?1, ?2, 0)")?;
        let mut add_member = tx.prepare(
            "INSERT INTO memberships (space_id, user_id, privileges) VALUES (?1, ?2, 'space_view')",
        )?;
        // `users` counts admin, who exists already.
        for n in 1..users {
            let (user, space) = (format!("{n:031x}u"), format!("{n:031x}s"));
            add_space.execute((&space, format!("space-{n}")))?;
            add_user.execute((&user, format!("user-{n}"), &space))?;
            add_member.execute((&space, &user))?;
        }
        let mut add_token = tx.prepare(
            "INSERT INTO access_tokens (token_id, user_id, expires_at, created_at) VALUES (?1, ?2, ?3, 0)",
        )?;
        let expires = onezone_tokens::clock::unix_now() + 86_400;
        for n in 0..joiners {
            let user = format!("{n:031x}j");
            add_user.execute((&user, format!("joiner-{n}"), None::<String>))?;
            let token_id = TokenId::generate();
            let grant = Grant::Access {
                user_id: user.clone(),
            };
            joiner_tokens.push(token::mint(&key, &token_id, &grant, expires)?);
            add_token.execute((token_id.as_str(), &user, expires as i64))?;
        }
    }
    tx.commit()?;
    db.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    eprintln!("    {name}: {users} users, spaces and memberships; {joiners} joiners");
    Ok(Seeded {
        cert: dir.join("tls/cert.pem"),
        key: dir.join("tls/key.pem"),
        dir,
        access_token,
        invitation,
        joiner_tokens,
        body_size,
    })
}

/// A running server or baseline process.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(options: &Options, dir: &Path, tls: bool, extra: &[&str]) -> anyhow::Result<Server> {
        let mut command = Command::new(&options.server);
        command
            .arg("--data-dir")
            .arg(dir)
            .args(["serve", "--listen", "127.0.0.1:0"])
            // The load is the point: per-user and per-address rate limits off, and room
            // for every connection the harness opens.
            .args([
                "--mint-rate",
                "0",
                "--join-rate",
                "0",
                "--failed-login-rate",
                "0",
            ])
            .args(["--max-connections", "4096"])
            .args(extra)
            .env("ONEZONE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if !tls {
            command.arg("--no-tls");
        }
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(options.work.join("server.log"))?;
        command.stderr(log);
        Self::spawn(command, "onezone-tokens serving ")
    }

    fn baseline(options: &Options, seeded: &Seeded, tls: bool) -> anyhow::Result<Server> {
        let mut command = Command::new(&options.baseline);
        command.args(["--listen", "127.0.0.1:0", "--body-size"]);
        command.arg(seeded.body_size.to_string());
        if tls {
            command.arg("--tls-cert").arg(&seeded.cert);
            command.arg("--tls-key").arg(&seeded.key);
        }
        let mut server = Self::spawn(command, "baseline serving ")?;
        let scheme = if tls { "https" } else { "http" };
        server.url = format!("{scheme}://{}{BASE}", server.url);
        Ok(server)
    }

    fn spawn(mut command: Command, ready: &str) -> anyhow::Result<Server> {
        let mut child = command.stdout(Stdio::piped()).spawn()?;
        let stdout = child.stdout.take().context("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            let line = lines.next().context("exited before serving")??;
            if let Some(url) = line.strip_prefix(ready) {
                break url.trim().to_owned();
            }
        };
        // Keep draining stdout so the process never blocks on it.
        std::thread::spawn(move || for _ in lines {});
        Ok(Server { child, url })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resets the peak RSS (Linux: `clear_refs` 5) so that the next reading covers one run.
    fn reset_peak(&self) {
        let _ = std::fs::write(format!("/proc/{}/clear_refs", self.pid()), "5");
    }

    /// Peak and current RSS in MiB.
    fn rss(&self) -> (f64, f64) {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .map_or(0.0, |kb| kb / 1024.0)
        };
        (field("VmHWM:"), field("VmRSS:"))
    }

    /// The size of a real token response's body, for the baseline.
    fn token_response_size(&self) -> anyhow::Result<usize> {
        let output = Command::new("curl")
            .args(["-sk", "-u", &format!("admin:{ADMIN_PASSWORD}")])
            .arg(format!("{}/user/spaces/token", self.url))
            .output()?;
        if !output.status.success() || !output.stdout.starts_with(b"{\"token\"") {
            bail!(
                "the first token request failed: {}",
                String::from_utf8_lossy(&output.stdout)
            );
        }
        Ok(output.stdout.len())
    }

    fn stop(&mut self) {
        let _ = Command::new("kill").arg(self.pid().to_string()).status();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

struct Row {
    name: String,
    tls: bool,
    headers: Vec<String>,
    path: String,
}

impl Row {
    fn new(name: &str, tls: bool, headers: Vec<String>) -> Row {
        Row {
            name: name.into(),
            tls,
            headers,
            path: format!("{BASE}/user/spaces/token"),
        }
    }
}

/// One wrk run.
#[derive(Debug, Clone, Default)]
struct Sample {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: u64,
    errors: u64,
    peak_mib: f64,
    /// Join runs: how many of the joiners' tokens wrk may have sent.
    joiners_used: usize,
}

struct RowResult {
    name: String,
    /// connections → (baseline samples, server samples)
    levels: BTreeMap<usize, (Vec<Sample>, Vec<Sample>)>,
}

fn run_row(
    options: &Options,
    row: &Row,
    seeded: &Seeded,
    joins: Option<&Seeded>,
) -> anyhow::Result<RowResult> {
    eprintln!("==> {}", row.name);
    let server = Server::start(
        options,
        &seeded.dir,
        row.tls,
        &["--invite-max-uses", "1000000"],
    )?;
    let baseline = Server::baseline(options, seeded, row.tls)?;
    let mut levels: BTreeMap<usize, (Vec<Sample>, Vec<Sample>)> = BTreeMap::new();
    let mut next_joiner = 0;
    for round in 1..=options.rounds {
        for &connections in &LEVELS {
            for (index, target) in [&baseline, &server].into_iter().enumerate() {
                let url = format!("{}{}", target.url.trim_end_matches(BASE), row.path);
                let script = match joins {
                    Some(seeded) => {
                        let (script, used) =
                            join_script(options, seeded, next_joiner, connections)?;
                        Some((script, used))
                    }
                    None => None,
                };
                target.reset_peak();
                let mut sample = wrk(
                    options,
                    connections,
                    &row.headers,
                    script.as_ref().map(|s| &s.0),
                    &url,
                )?;
                sample.peak_mib = target.rss().0;
                if index == 1 && joins.is_some() {
                    next_joiner += sample.joiners_used;
                }
                let who = if index == 0 { "baseline" } else { "server  " };
                eprintln!(
                    "    round {round} c={connections:<3} {who} {:>9.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  peak {:>5.1} MiB  errors {}",
                    sample.rps, sample.p50_ms, sample.p99_ms, sample.peak_mib, sample.errors
                );
                let entry = levels.entry(connections).or_default();
                if index == 0 {
                    entry.0.push(sample)
                } else {
                    entry.1.push(sample)
                }
            }
        }
    }
    Ok(RowResult {
        name: row.name.clone(),
        levels,
    })
}

/// A wrk script posting each joiner's token once (each thread takes every n-th token).
fn join_script(
    options: &Options,
    seeded: &Seeded,
    from: usize,
    connections: usize,
) -> anyhow::Result<(PathBuf, usize)> {
    let available = seeded.joiner_tokens.len().saturating_sub(from);
    if available == 0 {
        bail!(
            "all {} joiners have joined; raise joiners()",
            seeded.joiner_tokens.len()
        );
    }
    let tokens_path = options.work.join("join-tokens.txt");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&tokens_path)?);
    // Enough for this run at several thousand joins/s; wrapping around would show as 409s.
    let take = available.min(8_000 * options.seconds as usize);
    for token in &seeded.joiner_tokens[from..from + take] {
        writeln!(file, "{token}")?;
    }
    file.flush()?;
    let threads = connections.min(2);
    let script = format!(
        r#"
local counter = 0
local threads = {{}}
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end
-- The driver skips every token a thread may have sent (threads run at different speeds).
function done(summary, latency, requests)
  local most = 0
  for _, thread in ipairs(threads) do
    most = math.max(most, thread:get("next_token") - 1)
  end
  io.write(string.format("joiners-used %d\n", most * #threads))
end
function init(args)
  tokens = {{}}
  local n = 0
  for line in io.lines("{tokens}") do
    if n % {threads} == id then tokens[#tokens + 1] = line end
    n = n + 1
  end
  next_token = 1
  body = '{{"token": "{invitation}"}}'
end
function request()
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  return wrk.format("POST", nil, {{["X-Auth-Token"] = token, ["Content-Type"] = "application/json"}}, body)
end
"#,
        tokens = std::fs::canonicalize(&tokens_path)?.display(),
        invitation = seeded.invitation,
    );
    let path = options.work.join("join.lua");
    std::fs::write(&path, script)?;
    Ok((path, available))
}

fn wrk(
    options: &Options,
    connections: usize,
    headers: &[String],
    script: Option<&PathBuf>,
    url: &str,
) -> anyhow::Result<Sample> {
    let mut command = Command::new("wrk");
    command
        .arg(format!("-t{}", connections.min(2)))
        .arg(format!("-c{connections}"))
        .arg(format!("-d{}s", options.seconds))
        .arg("--timeout")
        .arg("10s")
        .arg("--latency");
    for header in headers {
        command.arg("-H").arg(header);
    }
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    command.arg(url);
    let output = command.output().context("cannot run wrk")?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        bail!(
            "wrk failed: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    parse_wrk(&text).with_context(|| format!("unexpected wrk output:\n{text}"))
}

fn parse_wrk(text: &str) -> Option<Sample> {
    let duration_ms = |value: &str| -> Option<f64> {
        let value = value.trim();
        let split = value.find(|c: char| c.is_ascii_alphabetic())?;
        let number: f64 = value[..split].parse().ok()?;
        Some(match &value[split..] {
            "us" => number / 1000.0,
            "ms" => number,
            "s" => number * 1000.0,
            "m" => number * 60_000.0,
            _ => return None,
        })
    };
    let mut sample = Sample::default();
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("Requests/sec:") {
            sample.rps = rest.trim().parse().ok()?;
        } else if let Some(rest) = line.strip_prefix("50%") {
            sample.p50_ms = duration_ms(rest)?;
        } else if let Some(rest) = line.strip_prefix("99%") {
            sample.p99_ms = duration_ms(rest)?;
        } else if let Some(rest) = line.strip_prefix("Non-2xx or 3xx responses:") {
            sample.errors += rest.trim().parse::<u64>().ok()?;
        } else if let Some(rest) = line.strip_prefix("Socket errors:") {
            for part in rest.split(',') {
                let count = part.split_whitespace().last()?.parse::<u64>().ok()?;
                sample.errors += count;
            }
        } else if let Some(rest) = line.strip_prefix("joiners-used ") {
            sample.joiners_used = rest.trim().parse().ok()?;
        } else if line.contains(" requests in ") {
            sample.requests = line.split_whitespace().next()?.parse().ok()?;
        }
    }
    Some(sample)
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(|a, b| a.total_cmp(b));
    if values.is_empty() {
        0.0
    } else {
        values[values.len() / 2]
    }
}

/// Median of each measure over the rounds (peak RSS: the largest).
fn summary(samples: &[Sample]) -> Sample {
    Sample {
        rps: median(samples.iter().map(|s| s.rps)),
        p50_ms: median(samples.iter().map(|s| s.p50_ms)),
        p99_ms: median(samples.iter().map(|s| s.p99_ms)),
        requests: samples.iter().map(|s| s.requests).sum(),
        errors: samples.iter().map(|s| s.errors).sum(),
        peak_mib: samples.iter().map(|s| s.peak_mib).fold(0.0, f64::max),
        joiners_used: samples.iter().map(|s| s.joiners_used).sum(),
    }
}

struct SizeResult {
    baseline: Sample,
    small: Sample,
    large: Sample,
}

fn store_size(options: &Options, small: &Seeded, large: &Seeded) -> anyhow::Result<SizeResult> {
    let baseline = Server::baseline(options, small, false)?;
    let small_server = Server::start(options, &small.dir, false, &[])?;
    let large_server = Server::start(options, &large.dir, false, &[])?;
    let (mut b, mut s, mut l) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..options.rounds {
        let mut order = [
            ("baseline", &baseline, small, &mut b),
            ("10 users", &small_server, small, &mut s),
            ("1M users", &large_server, large, &mut l),
        ];
        // Every other round the two stores swap places, so that neither always runs
        // right after the baseline.
        if round % 2 == 1 {
            order.swap(1, 2);
        }
        for (name, server, seeded, samples) in order {
            let header = format!("X-Auth-Token: {}", seeded.access_token);
            server.reset_peak();
            let url = format!("{}/user/spaces/token", server.url);
            let mut sample = wrk(options, 64, &[header], None, &url)?;
            sample.peak_mib = server.rss().0;
            eprintln!("    round {} {name}: {:.0} req/s", round + 1, sample.rps);
            samples.push(sample);
        }
    }
    let result = SizeResult {
        baseline: summary(&b),
        small: summary(&s),
        large: summary(&l),
    };
    eprintln!(
        "    baseline {:.0} req/s, 10 users {:.0} req/s, 1M users {:.0} req/s",
        result.baseline.rps, result.small.rps, result.large.rps
    );
    Ok(result)
}

struct StormResult {
    /// Token requests of another user during the storm.
    others: Sample,
    /// The same without a storm.
    others_alone: Sample,
    storm: Sample,
    peak_mib: f64,
    rss_after_mib: f64,
}

fn login_storm(options: &Options, seeded: &Seeded) -> anyhow::Result<StormResult> {
    let server = Server::start(options, &seeded.dir, false, &[])?;
    let url = format!("{}/user/spaces/token", server.url);
    let token = format!("X-Auth-Token: {}", seeded.access_token);
    let others_alone = wrk(options, 8, std::slice::from_ref(&token), None, &url)?;
    server.reset_peak();
    let wrong = format!("Authorization: Basic {}", basic("wrong-password"));
    let storm = {
        let url = url.clone();
        let options_seconds = options.seconds;
        std::thread::spawn(move || {
            let output = Command::new("wrk")
                .args([
                    "-t2",
                    "-c64",
                    &format!("-d{}s", options_seconds + 2),
                    "--timeout",
                    "10s",
                    "--latency",
                ])
                .args(["-H", &wrong, &url])
                .output();
            output
                .ok()
                .and_then(|o| parse_wrk(&String::from_utf8_lossy(&o.stdout)))
        })
    };
    std::thread::sleep(Duration::from_secs(1));
    let others = wrk(options, 8, &[token], None, &url)?;
    let storm = storm
        .join()
        .ok()
        .flatten()
        .context("the storm's wrk failed")?;
    let (peak_mib, _) = server.rss();
    std::thread::sleep(Duration::from_secs(1));
    let (_, rss_after_mib) = server.rss();
    eprintln!(
        "    storm {:.0} checks/s; others {:.0} req/s (alone {:.0}); peak {peak_mib:.1} MiB, after {rss_after_mib:.1} MiB",
        storm.rps, others.rps, others_alone.rps
    );
    Ok(StormResult {
        others,
        others_alone,
        storm,
        peak_mib,
        rss_after_mib,
    })
}

/// Syncs per second of a 4 KiB overwrite with fdatasync: the disk's commit ceiling.
fn fsync_rate(dir: &Path) -> anyhow::Result<f64> {
    use std::os::unix::fs::FileExt;
    let path = dir.join("fsync-probe");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(&path)?;
    let block = [7u8; 4096];
    let started = Instant::now();
    let mut count = 0u32;
    while started.elapsed() < Duration::from_secs(2) {
        file.write_all_at(&block, 0)?;
        file.sync_data()?;
        count += 1;
    }
    let rate = f64::from(count) / started.elapsed().as_secs_f64();
    drop(file);
    std::fs::remove_file(&path)?;
    Ok(rate)
}

fn machine(fsync_per_second: f64) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines().next().map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    / 1_048_576.0
            })
        })
        .unwrap_or(0.0);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let wrk = Command::new("wrk")
        .arg("-v")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .unwrap_or_default();
    format!(
        "{cores} cores ({cpu}), {memory:.0} GiB memory, Linux {}, load generator {} on the same \
         machine; disk: {fsync_per_second:.0} fdatasync/s (4 KiB)",
        kernel.trim(),
        wrk.split(" [").next().unwrap_or("wrk")
    )
}

fn ratio(server: f64, baseline: f64) -> String {
    if baseline > 0.0 {
        format!("{:.2}", server / baseline)
    } else {
        "–".into()
    }
}

fn write_docs(
    options: &Options,
    results: &[RowResult],
    size: &SizeResult,
    storm: &StormResult,
    machine: &str,
    elapsed: Duration,
) -> anyhow::Result<()> {
    let mut table = String::new();
    writeln!(table, "Machine: {machine}.")?;
    writeln!(
        table,
        "Run: {} round(s) of {} s per measurement, baseline and server interleaved; medians over \
         the rounds, peak RSS the largest; {:.0} s in all{}.\n",
        options.rounds,
        options.seconds,
        elapsed.as_secs_f64(),
        if options.quick { " (`--quick`)" } else { "" }
    )?;
    writeln!(
        table,
        "| row | conns | server req/s | baseline req/s | ratio | server p50 / p99 ms | baseline p50 / p99 ms | p99 ratio | server peak RSS MiB | baseline peak RSS MiB | errors |"
    )?;
    writeln!(
        table,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    )?;
    for row in results {
        for (connections, (baseline, server)) in &row.levels {
            let (b, s) = (summary(baseline), summary(server));
            writeln!(
                table,
                "| {} | {connections} | {:.0} | {:.0} | **{}** | {:.2} / {:.2} | {:.2} / {:.2} | {} | {:.1} | {:.1} | {} |",
                row.name,
                s.rps,
                b.rps,
                ratio(s.rps, b.rps),
                s.p50_ms,
                s.p99_ms,
                b.p50_ms,
                b.p99_ms,
                ratio(s.p99_ms, b.p99_ms),
                s.peak_mib,
                b.peak_mib,
                s.errors
            )?;
        }
    }
    writeln!(
        table,
        "\nStore size (GET token, X-Auth-Token, 64 connections): 10 users {:.0} req/s, \
         1,000,000 users, spaces and memberships {:.0} req/s: **{}** of the 10-user figure \
         (baseline {:.0} req/s).",
        size.small.rps,
        size.large.rps,
        ratio(size.large.rps, size.small.rps),
        size.baseline.rps
    )?;
    writeln!(
        table,
        "\nLogin storm (64 connections sending a wrong Basic password for {} s, while 8 other \
         connections mint with X-Auth-Token): {:.0} password checks/s ({} answered, all 401), server \
         peak RSS **{:.1} MiB**, {:.1} MiB one second after; the other user's token requests \
         ran at {:.0} req/s (p99 {:.2} ms) against {:.0} req/s (p99 {:.2} ms) without the storm.",
        options.seconds + 2,
        storm.storm.rps,
        storm.storm.requests,
        storm.peak_mib,
        storm.rss_after_mib,
        storm.others.rps,
        storm.others.p99_ms,
        storm.others_alone.rps,
        storm.others_alone.p99_ms
    )?;
    let docs = &options.docs;
    std::fs::create_dir_all(docs)?;
    std::fs::write(docs.join("performance.svg"), chart(results))?;
    let path = docs.join("PERFORMANCE.md");
    let current = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        "# Performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n".to_owned()
    });
    let (Some(begin), Some(end)) = (
        current.find("<!-- bench:begin -->"),
        current.find("<!-- bench:end -->"),
    ) else {
        bail!(
            "{} lacks the <!-- bench:begin --> / <!-- bench:end --> markers",
            path.display()
        );
    };
    let updated = format!(
        "{}<!-- bench:begin -->\n{table}\n![requests/s against connections](performance.svg)\n{}",
        &current[..begin],
        &current[end..]
    );
    std::fs::write(&path, updated)?;
    std::fs::write(options.work.join("table.md"), &table)?;
    eprintln!("{table}");
    Ok(())
}

/// Requests/s against connections (log scale), one panel per row: baseline and server.
fn chart(results: &[RowResult]) -> String {
    let (panel_w, panel_h, margin) = (300.0, 220.0, 50.0);
    let width = panel_w * results.len().min(3) as f64 + 20.0;
    let rows = results.len().div_ceil(3);
    let height = panel_h * rows as f64 + 40.0;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="18" font-size="13">requests/s against connections — baseline (grey, dashed) and onezone-tokens (blue)</text>
"#
    );
    for (index, row) in results.iter().enumerate() {
        let x0 = 10.0 + panel_w * (index % 3) as f64 + margin;
        let y0 = 30.0 + panel_h * (index / 3) as f64 + 20.0;
        let (w, h) = (panel_w - margin - 20.0, panel_h - 70.0);
        let max = row
            .levels
            .values()
            .flat_map(|(b, s)| [summary(b).rps, summary(s).rps])
            .fold(1.0, f64::max)
            * 1.1;
        let x = |c: usize| x0 + w * (c as f64).log2() / 8.0;
        let y = |v: f64| y0 + h - h * v / max;
        let _ = writeln!(
            svg,
            r#"<text x="{x0}" y="{}" font-weight="bold">{}</text>"#,
            y0 - 6.0,
            truncate(&row.name, 40)
        );
        let _ = writeln!(
            svg,
            r##"<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>"##
        );
        for c in LEVELS {
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" text-anchor="middle">{c}</text>"#,
                x(c),
                y0 + h + 14.0
            );
        }
        for step in 0..=4 {
            let v = max * f64::from(step) / 4.0;
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" text-anchor="end">{:.0}k</text>"#,
                x0 - 4.0,
                y(v) + 4.0,
                v / 1000.0
            );
        }
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="middle">connections</text>"#,
            x0 + w / 2.0,
            y0 + h + 28.0
        );
        for (pick, style) in [
            (0, r##"stroke="#888" stroke-dasharray="5,3""##),
            (1, r##"stroke="#1f5fbf""##),
        ] {
            let points: Vec<String> = row
                .levels
                .iter()
                .map(|(c, (b, s))| {
                    let v = summary(if pick == 0 { b } else { s }).rps;
                    format!("{:.1},{:.1}", x(*c), y(v))
                })
                .collect();
            let _ = writeln!(
                svg,
                r#"<polyline fill="none" stroke-width="2" {style} points="{}"/>"#,
                points.join(" ")
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}
