//! A real proxy in front: nginx (Debian's package, started by the test with its own
//! configuration) forwards to the server with `X-Forwarded-For`; the server trusts it.
//! Clients on 127.0.0.2 and 127.0.0.3 go through nginx, so the server sees one peer,
//! 127.0.0.1, for both: only the forwarded address tells them apart.

mod common;

use common::{TestApp, Transport, client_from, socket_addr};
use onezone_tokens::http::TrustedProxies;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// nginx on a free loopback port, proxying to `upstream`; stopped on drop.
struct Nginx {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Nginx {
    fn start(upstream: SocketAddr) -> Nginx {
        let dir = tempfile::TempDir::new().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let conf = dir.path().join("nginx.conf");
        std::fs::write(
            &conf,
            format!(
                "daemon off;\nmaster_process off;\nworker_processes 1;\npid nginx.pid;\n\
                 error_log error.log warn;\nevents {{ worker_connections 512; }}\n\
                 http {{\n  access_log off;\n  client_body_temp_path body;\n  \
                 proxy_temp_path proxy;\n  fastcgi_temp_path fastcgi;\n  uwsgi_temp_path uwsgi;\n  \
                 scgi_temp_path scgi;\n  server {{\n    listen {addr};\n    location / {{\n      \
                 proxy_pass http://{upstream};\n      proxy_http_version 1.1;\n      \
                 proxy_set_header Connection \"\";\n      \
                 proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }}\n  }}\n}}\n"
            ),
        )
        .unwrap();
        let child = Command::new(nginx_binary())
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run nginx ({e}): apt-get install nginx-light"));
        let nginx = Nginx {
            child,
            addr,
            _dir: dir,
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(addr).is_ok() {
                return nginx;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("nginx did not listen on {addr}");
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nginx_binary() -> &'static str {
    if Path::new("/usr/sbin/nginx").exists() {
        "/usr/sbin/nginx"
    } else {
        "nginx"
    }
}

#[tokio::test]
async fn behind_nginx_one_guessing_client_does_not_lock_out_another() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.trusted_proxies = "127.0.0.1/32".parse::<TrustedProxies>().unwrap();
    })
    .await;
    let server = socket_addr(&app.url);
    let nginx = Nginx::start(server);
    let through_nginx = format!("http://{}/api/v3/onezone/user/spaces/token", nginx.addr);

    // 120 wrong passwords from 127.0.0.2, through nginx: the limit answers 429.
    let guesser = client_from("127.0.0.2");
    let mut statuses = Vec::new();
    for guess in 0..120 {
        let answer = guesser
            .get(&through_nginx)
            .basic_auth("admin", Some(format!("guess-{guess}")))
            .send()
            .await
            .unwrap();
        statuses.push(answer.status().as_u16());
    }
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + limited, 120, "{statuses:?}");
    assert!(
        (1..=32).contains(&checked),
        "{checked} checked: {statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429));

    // The right password from 127.0.0.3, through the same nginx: 200.
    let answer = client_from("127.0.0.3")
        .get(&through_nginx)
        .basic_auth("admin", Some(&app.admin_password))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);

    // Directly, from an address that is not a trusted proxy, a forged X-Forwarded-For
    // (a new address each time) is ignored: the client is limited by its own address.
    let direct = format!("{}/user/spaces/token", app.url);
    let forger = client_from("127.0.0.4");
    let mut statuses = Vec::new();
    for guess in 0..40 {
        let answer = forger
            .get(&direct)
            .header("X-Forwarded-For", format!("198.51.100.{guess}"))
            .basic_auth("admin", Some(format!("guess-{guess}")))
            .send()
            .await
            .unwrap();
        statuses.push(answer.status().as_u16());
    }
    assert!(
        statuses.iter().filter(|s| **s == 401).count() <= 32,
        "{statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
}
