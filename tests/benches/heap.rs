//! Memory at start-up, counted by a global allocator that tracks the bytes
//! in use and their peak: after opening the embedded pack with es-MX, en
//! and formatting the first message, and after the first screen (the topic
//! list, which decodes the catalog). Prints figures; asserts nothing.
//! Run: `cargo bench -p amparo-acceptance --bench heap`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use amparo_core::Amparo;

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters only observe the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on as is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let now = if new_size >= layout.size() {
            IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size()
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed)
                - (layout.size() - new_size)
        };
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: as for `alloc` and `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes in use and the peak since the last reset, above `base`.
fn measure(base: usize) -> (usize, usize) {
    let in_use = IN_USE.load(Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed);
    (in_use.saturating_sub(base), peak.saturating_sub(base))
}

fn main() {
    let pack = amparo_content::default_pack();
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let amparo = match Amparo::open_embedded(pack, &["es-MX", "en"]) {
        Ok(amparo) => amparo,
        Err(err) => panic!("the default pack opens: {err}"),
    };
    let first = amparo.message("label-say", &[]).unwrap_or_default();
    let (started, started_peak) = measure(base);
    let topics = amparo.topics();
    let (screen, screen_peak) = measure(base);
    let help = amparo.find_help(&amparo_core::HelpQuery::new(amparo_core::Place::Zip {
        code: "90012".into(),
    }));
    let (found, found_peak) = measure(base);
    println!(
        "heap: start-up (open es-MX, en + first message \"{first}\"): {started} bytes in use, peak {started_peak}"
    );
    println!(
        "heap: after the topic list ({} topics): {screen} bytes in use, peak {screen_peak}",
        topics.len()
    );
    println!(
        "heap: after find_help by ZIP 90012 ({}): {found} bytes in use, peak {found_peak}",
        help.map(|h| h.hotlines.len())
            .map_or("error".into(), |n| format!("{n} lines"))
    );
}
