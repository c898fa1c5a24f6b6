//! Password checks in flight, so that requests with the same credentials share one.
//!
//! A client that sends Basic credentials over many connections at once, when its entry in
//! [`VerifiedLogins`](super::verified::VerifiedLogins) is missing (the first requests, or
//! every [`TTL`](super::verified::TTL) when it expires), would otherwise start one argon2id
//! check per request: tens of milliseconds each, at most a few per address at once, and
//! the rest of its requests refused with 429 (the peers' load run saw 2,747 of them in 10 s
//! from 64 connections). Instead, the first request checks, and the others with the same
//! (user, password, stored hash) wait for its answer without a check, a slot or an attempt
//! of their own: a burst of one client's good requests is answered as the first one is.
//!
//! Entries are found by the check key of the verified logins (an HMAC under the process's
//! secret of the user, the password and the stored hash, see
//! [`VerifiedLogins::check_key`](super::verified::VerifiedLogins::check_key)). A check that ends without an answer (its request went
//! away) leaves its waiters to check for themselves.

use super::verified::Key;
use std::collections::HashMap;
use std::sync::Mutex;
use tokio::sync::watch;

/// The answer of a check: the user id, or `None` for a wrong password.
pub(super) type Outcome = Option<String>;

#[derive(Default)]
pub(super) struct ChecksInFlight {
    checks: Mutex<HashMap<[u8; 32], watch::Receiver<Option<Outcome>>>>,
}

/// A check this request runs; the others wait for what it [`publish`](Self::publish)es.
/// Dropped without publishing, its waiters are told to check for themselves.
pub(super) struct RunningCheck<'a> {
    in_flight: &'a ChecksInFlight,
    key: [u8; 32],
    answer: watch::Sender<Option<Outcome>>,
}

/// Either this request checks, or it waits for the check already running.
pub(super) enum Joined<'a> {
    Run(RunningCheck<'a>),
    Wait(Waiter),
}

/// The answer of a check another request is running.
pub(super) struct Waiter(watch::Receiver<Option<Outcome>>);

impl ChecksInFlight {
    /// Starts the check of `key`, or joins the one running.
    pub(super) fn join(&self, key: &Key) -> Joined<'_> {
        let mut checks = self.lock();
        if let Some(running) = checks.get(key.bytes()) {
            return Joined::Wait(Waiter(running.clone()));
        }
        let (answer, receiver) = watch::channel(None);
        checks.insert(*key.bytes(), receiver);
        Joined::Run(RunningCheck {
            in_flight: self,
            key: *key.bytes(),
            answer,
        })
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], watch::Receiver<Option<Outcome>>>> {
        // A panic while holding the lock left the map consistent (one insert or remove).
        self.checks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl RunningCheck<'_> {
    /// Gives the answer to every request waiting for it.
    pub(super) fn publish(self, outcome: &Outcome) {
        self.answer.send_replace(Some(outcome.clone()));
    }
}

impl Drop for RunningCheck<'_> {
    fn drop(&mut self) {
        self.in_flight.lock().remove(&self.key);
    }
}

impl Waiter {
    /// The check's answer; `None` when it ended without one (its request went away).
    pub(super) async fn answer(mut self) -> Option<Outcome> {
        match self.0.wait_for(Option::is_some).await {
            Ok(answer) => answer.clone(),
            // The sender is gone without an answer.
            Err(_) => None,
        }
    }
}
