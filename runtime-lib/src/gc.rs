//! The garbage-collected heap: allocation, marking and sweeping.
//!
//! A non-moving mark-sweep collector with precise heap tracing and conservative roots
//! (docs/gc.md has the full story and the one rule for Rust code):
//! - Small cells come from segregated size classes carved out of 256 KiB aligned blocks;
//!   large cells are allocated one by one and kept in an address-ordered map.
//! - Every cell starts with a [`Header`] naming its kind, so tracing is precise and a free
//!   cell (kind `Free`) is recognisable: "is this word a pointer to a live cell?" is a block
//!   lookup, a division and one byte compare. Interior pointers count.
//! - Roots: the native stack between the current stack pointer and the base recorded at
//!   start-up (with callee-saved registers spilled first), the handle table, and the runtime's
//!   own structures (realm, atoms, pending exception) which `roots::trace_runtime` visits.
//!
//! Cells may own Rust allocations (a `Vec` of slots, string bytes); sweeping a dead cell runs
//! its finaliser, which frees them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::collections::{BTreeMap, HashMap};

use crate::value::Value;

/// What a heap cell is. Stored in the first byte of every cell.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Free = 0,
    String = 1,
    Symbol = 2,
    Object = 3,
    Env = 4,
    BigInt = 5,
}

/// The first 8 bytes of every cell.
#[repr(C)]
pub struct Header {
    pub kind: Kind,
    /// For objects: the object class (`object::Class`); 0 otherwise.
    pub class: u8,
    pub flags: u8,
    pub _pad: u8,
    /// Kind-specific: the slot count of an environment.
    pub extra: u32,
}

const MARK: u8 = 1;

const _: () = assert!(std::mem::offset_of!(Header, class) == kiln_abi::value::HEADER_CLASS_OFFSET as usize);

const BLOCK_SIZE: usize = 256 * 1024;
const SIZE_CLASSES: [usize; 18] =
    [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512, 768, 1024, 1536, 2048];
const MAX_SMALL: usize = 2048;
const MIN_THRESHOLD: usize = 8 << 20;

struct Block {
    base: *mut u8,
    cell_size: usize,
    ncells: usize,
}

#[allow(dead_code)]
struct FreeCell {
    header: Header,
    next: *mut FreeCell,
}

pub struct Heap {
    blocks: Vec<Block>,
    block_of: HashMap<usize, u32>,
    free: [*mut FreeCell; SIZE_CLASSES.len()],
    large: BTreeMap<usize, usize>,
    /// Bytes of cells allocated since the last collection (Rust allocations are counted by
    /// `CountingAlloc`).
    allocated: usize,
    threshold: usize,
    /// The malloc counter at the end of the last collection.
    malloced_at_gc: usize,
    /// Live bytes after the last collection.
    pub live: usize,
    pub collections: usize,
    stack_base: usize,
    /// `KILN_GC_STRESS=N`: collect at every Nth allocation (1 = every allocation).
    stress: usize,
    stress_count: usize,
    /// `KILN_GC_TRACE=1`: one line per collection on stderr.
    trace: bool,
    handles: Vec<Value>,
    free_handles: Vec<u32>,
    mark_stack: Vec<*mut Header>,
    /// Set while a collection runs (so that a finaliser cannot start another), or while
    /// Rust code holds values the collector cannot see (`without_collection`).
    collecting: bool,
}

struct Global(std::cell::UnsafeCell<Option<Heap>>);
// The runtime runs JS on one thread; the heap is only touched from it.
unsafe impl Sync for Global {}
static HEAP: Global = Global(std::cell::UnsafeCell::new(None));

#[inline]
pub fn heap() -> &'static mut Heap {
    unsafe { (*HEAP.0.get()).as_mut().unwrap_unchecked() }
}

/// Sets up the heap. `stack_base` is an address in the outermost frame that runs JS.
pub fn init(stack_base: usize) {
    let stress = std::env::var("KILN_GC_STRESS").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    unsafe {
        *HEAP.0.get() = Some(Heap {
            blocks: Vec::new(),
            block_of: HashMap::new(),
            free: [std::ptr::null_mut(); SIZE_CLASSES.len()],
            large: BTreeMap::new(),
            allocated: 0,
            threshold: MIN_THRESHOLD,
            live: 0,
            malloced_at_gc: 0,
            collections: 0,
            stack_base,
            stress,
            stress_count: 0,
            trace: std::env::var_os("KILN_GC_TRACE").is_some(),
            handles: Vec::new(),
            free_handles: Vec::new(),
            mark_stack: Vec::new(),
            collecting: false,
        });
    }
}

/// Runs `f` with collection deferred: for the rare allocation made while values are held
/// only in Rust-owned memory. The debt is paid at the next allocation after it.
pub fn without_collection<R>(f: impl FnOnce() -> R) -> R {
    let was = std::mem::replace(&mut heap().collecting, true);
    let r = f();
    heap().collecting = was;
    r
}

fn size_class(size: usize) -> usize {
    SIZE_CLASSES.iter().position(|&c| c >= size).unwrap()
}

/// Allocates a cell of `size` bytes (at least a header) and returns it uninitialised except
/// for the header, which the caller must fill before the next allocation. May collect.
pub fn alloc_cell(size: usize, kind: Kind) -> *mut Header {
    let heap = heap();
    heap.maybe_collect(size);
    heap.allocated += size;
    let p = if size <= MAX_SMALL { heap.alloc_small(size) } else { heap.alloc_large(size) };
    unsafe {
        p.write(Header { kind, class: 0, flags: 0, _pad: 0, extra: 0 });
    }
    p
}

/// Counts every byte the runtime's Rust code allocates (vectors of slots and elements,
/// string buffers, tables), so that collections keep pace with programs whose cells are small
/// but own big buffers. The heap's own blocks and large cells use `System` directly.
struct CountingAlloc;

static MALLOCED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        MALLOCED.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        MALLOCED.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

impl Heap {
    fn maybe_collect(&mut self, size: usize) {
        if self.collecting {
            return;
        }
        if self.stress > 0 {
            self.stress_count += 1;
            if self.stress_count >= self.stress {
                self.stress_count = 0;
                collect();
                return;
            }
        }
        let malloced = MALLOCED.load(Ordering::Relaxed) - self.malloced_at_gc;
        if self.allocated + malloced + size > self.threshold {
            collect();
        }
    }

    fn alloc_small(&mut self, size: usize) -> *mut Header {
        let sc = size_class(size);
        if self.free[sc].is_null() {
            self.add_block(sc);
        }
        let cell = self.free[sc];
        unsafe {
            self.free[sc] = (*cell).next;
        }
        cell as *mut Header
    }

    fn add_block(&mut self, sc: usize) {
        let cell_size = SIZE_CLASSES[sc];
        let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).unwrap();
        let base = unsafe { System.alloc(layout) };
        if base.is_null() {
            out_of_memory();
        }
        let ncells = BLOCK_SIZE / cell_size;
        // Thread the new cells onto the free list in address order.
        let mut next = self.free[sc];
        for i in (0..ncells).rev() {
            let c = unsafe { base.add(i * cell_size) } as *mut FreeCell;
            unsafe {
                c.write(FreeCell { header: Header { kind: Kind::Free, class: 0, flags: 0, _pad: 0, extra: 0 }, next });
            }
            next = c;
        }
        self.free[sc] = next;
        self.block_of.insert(base as usize, self.blocks.len() as u32);
        self.blocks.push(Block { base, cell_size, ncells });
    }

    fn alloc_large(&mut self, size: usize) -> *mut Header {
        let layout = Layout::from_size_align(size, 16).unwrap();
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            out_of_memory();
        }
        self.large.insert(p as usize, size);
        p as *mut Header
    }

    /// The live cell containing `addr`, if any: the test behind conservative root scanning.
    pub fn find_cell(&self, addr: usize) -> Option<*mut Header> {
        let base = addr & !(BLOCK_SIZE - 1);
        if let Some(&bi) = self.block_of.get(&base) {
            let b = &self.blocks[bi as usize];
            let idx = (addr - base) / b.cell_size;
            if idx >= b.ncells {
                return None;
            }
            let cell = unsafe { b.base.add(idx * b.cell_size) } as *mut Header;
            return if unsafe { (*cell).kind } == Kind::Free { None } else { Some(cell) };
        }
        let (&start, &size) = self.large.range(..=addr).next_back()?;
        if addr < start + size { Some(start as *mut Header) } else { None }
    }

    /// Moves the top of the scanned stack (unit tests run on threads of their own).
    pub fn set_stack_base(&mut self, base: usize) {
        self.stack_base = base;
    }

    // ----- the handle table -----

    /// Roots `v` until [`Heap::release`]; for values kept only in Rust-owned memory.
    pub fn root(&mut self, v: Value) -> u32 {
        match self.free_handles.pop() {
            Some(i) => {
                self.handles[i as usize] = v;
                i
            }
            None => {
                self.handles.push(v);
                (self.handles.len() - 1) as u32
            }
        }
    }

    pub fn handle(&self, h: u32) -> Value {
        self.handles[h as usize]
    }

    pub fn release(&mut self, h: u32) {
        self.handles[h as usize] = Value::UNDEFINED;
        self.free_handles.push(h);
    }
}

fn out_of_memory() -> ! {
    eprintln!("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
    std::process::exit(134);
}

/// Marks reachable cells for one collection.
pub struct Tracer<'a> {
    stack: &'a mut Vec<*mut Header>,
}

impl Tracer<'_> {
    #[inline]
    pub fn value(&mut self, v: Value) {
        if v.is_heap() {
            self.cell(v.as_cell());
        }
    }

    #[inline]
    pub fn cell(&mut self, c: *mut Header) {
        if c.is_null() {
            return;
        }
        unsafe {
            if (*c).flags & MARK == 0 {
                (*c).flags |= MARK;
                self.stack.push(c);
            }
        }
    }
}

/// Runs a full collection now.
#[inline(never)]
pub fn collect() {
    let heap = heap();
    if heap.collecting {
        return;
    }
    heap.collecting = true;
    let mut stack = std::mem::take(&mut heap.mark_stack);
    {
        let mut t = Tracer { stack: &mut stack };
        scan_stack(heap, &mut t);
        for &v in &heap.handles {
            t.value(v);
        }
        crate::roots::trace_runtime(&mut t);
        while let Some(c) = t.stack.pop() {
            trace_cell(c, &mut t);
        }
    }
    heap.mark_stack = stack;
    crate::atoms::prune(|c| unsafe { (*c).flags & MARK != 0 });
    heap.sweep();
    heap.collections += 1;
    if heap.trace {
        eprintln!("[gc] #{} live {} KiB, blocks {}, large {}", heap.collections, heap.live >> 10, heap.blocks.len(), heap.large.len());
    }
    // The heap may double what survived before the next collection. (Growing further would
    // re-mark a large live set less often, but costs peak memory; generational collection is
    // the real answer.)
    heap.threshold = MIN_THRESHOLD.max(heap.live);
    heap.allocated = 0;
    heap.malloced_at_gc = MALLOCED.load(Ordering::Relaxed);
    heap.collecting = false;
}

fn trace_cell(c: *mut Header, t: &mut Tracer) {
    unsafe {
        match (*c).kind {
            Kind::Free => {}
            Kind::String => crate::string::trace(c as *mut crate::string::JsString, t),
            Kind::Symbol => crate::symbol::trace(c as *mut crate::symbol::Symbol, t),
            Kind::Object => crate::object::trace(c as *mut crate::object::Object, t),
            Kind::Env => crate::env::trace(c as *mut crate::env::Env, t),
            Kind::BigInt => {}
        }
    }
}

/// Frees what a dead cell owns outside the heap, and reports how many bytes that was.
fn finalize_cell(c: *mut Header) -> usize {
    unsafe {
        match (*c).kind {
            Kind::Free | Kind::Env | Kind::Symbol => 0,
            Kind::String => crate::string::finalize(c as *mut crate::string::JsString),
            Kind::Object => crate::object::finalize(c as *mut crate::object::Object),
            Kind::BigInt => crate::bigint::finalize(c as *mut crate::bigint::BigIntCell),
        }
    }
}

/// Size in bytes a live cell accounts for, including what it owns outside the heap.
fn external_size(c: *mut Header) -> usize {
    unsafe {
        match (*c).kind {
            Kind::String => crate::string::external_size(c as *mut crate::string::JsString),
            Kind::Object => crate::object::external_size(c as *mut crate::object::Object),
            Kind::BigInt => crate::bigint::external_size(c as *mut crate::bigint::BigIntCell),
            _ => 0,
        }
    }
}

/// Marks every cell that some word of the native stack (or a callee-saved register) points
/// into.
#[inline(never)]
fn scan_stack(heap: &Heap, t: &mut Tracer) {
    let mut regs = [0usize; 6];
    spill_registers(&mut regs);
    let top = regs.as_ptr() as usize;
    let base = heap.stack_base;
    let mut p = top & !7;
    while p < base {
        let w = unsafe { *(p as *const usize) };
        scan_word(heap, t, w);
        p += 8;
    }
    for &w in &regs {
        scan_word(heap, t, w);
    }
}

#[inline]
fn scan_word(heap: &Heap, t: &mut Tracer, w: usize) {
    // A word may be a boxed value (tag above the payload) or a raw cell pointer.
    let v = w as u64;
    let addr = if Value(v).is_heap() { (v & kiln_abi::value::PAYLOAD_MASK) as usize } else { w };
    if addr < 4096 {
        return;
    }
    if let Some(c) = heap.find_cell(addr) {
        t.cell(c);
    }
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill_registers(regs: &mut [usize; 6]) {
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill_registers(regs: &mut [usize; 6]) {
    // x19..x28 are callee-saved; the six most used by compiled code are spilled here and the
    // rest are covered by the runtime frames that saved them.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
}

impl Heap {
    fn sweep(&mut self) {
        let mut live = 0usize;
        for sc in 0..SIZE_CLASSES.len() {
            self.free[sc] = std::ptr::null_mut();
        }
        for b in &self.blocks {
            let sc = size_class(b.cell_size);
            for i in (0..b.ncells).rev() {
                let c = unsafe { b.base.add(i * b.cell_size) } as *mut Header;
                unsafe {
                    if (*c).kind != Kind::Free && (*c).flags & MARK != 0 {
                        (*c).flags &= !MARK;
                        live += b.cell_size + external_size(c);
                        continue;
                    }
                    if (*c).kind != Kind::Free {
                        finalize_cell(c);
                    }
                    let f = c as *mut FreeCell;
                    f.write(FreeCell {
                        header: Header { kind: Kind::Free, class: 0, flags: 0, _pad: 0, extra: 0 },
                        next: self.free[sc],
                    });
                    self.free[sc] = f;
                }
            }
        }
        let mut dead = Vec::new();
        for (&start, &size) in &self.large {
            let c = start as *mut Header;
            unsafe {
                if (*c).flags & MARK != 0 {
                    (*c).flags &= !MARK;
                    live += size + external_size(c);
                } else {
                    finalize_cell(c);
                    dead.push((start, size));
                }
            }
        }
        for (start, size) in dead {
            self.large.remove(&start);
            unsafe { System.dealloc(start as *mut u8, Layout::from_size_align(size, 16).unwrap()) };
        }
        self.live = live;
    }
}
