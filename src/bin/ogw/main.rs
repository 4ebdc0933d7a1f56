//! The `ogw` command line, built on the pure core.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary too; the
/// CLI is native only, so wasm gets an empty one.
#[cfg(target_arch = "wasm32")]
fn main() {}
