//! The `ogw` command line, built on the pure core.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod daycare_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod import;
#[cfg(not(target_arch = "wasm32"))]
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod locate;
#[cfg(not(target_arch = "wasm32"))]
mod paint;
#[cfg(not(target_arch = "wasm32"))]
mod period;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod template;
#[cfg(not(target_arch = "wasm32"))]
mod typos;
#[cfg(not(target_arch = "wasm32"))]
mod validate;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary too; the
/// CLI is native only, so wasm gets an empty one.
#[cfg(target_arch = "wasm32")]
fn main() {}
