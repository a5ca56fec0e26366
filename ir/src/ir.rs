//! The IR's data types: typed `u32` ids into per-function vectors.

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct BlockId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ValueId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct StrId(pub u32);

/// What is known about a value's type. `Any` is always correct; the others are promises
/// that codegen may rely on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    Any,
    Bool,
    Int32,
    /// A number stored as a double (never int-tagged).
    Double,
    /// A number, int-tagged or double.
    Number,
    String,
    Object,
    Undefined,
}

/// How node reads a module of the program.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ModuleFormat {
    Esm,
    CommonJs,
    Json,
}

/// Where a module's export reads its value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ExportFrom {
    /// Slot `slot` of module `module`'s top-level environment.
    Slot { module: u32, slot: u32 },
    /// Module `module`'s namespace object.
    Namespace(u32),
    /// Property `name` of CommonJS module `module`'s exports ("default": the exports).
    CommonJs { module: u32, name: StrId },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    Shl,
    Sar,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Lt,
    Le,
    Gt,
    Ge,
    LooseEq,
    StrictEq,
    InstanceOf,
    In,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnOp {
    Neg,
    BitNot,
    /// ToNumber (unary `+`).
    ToNumber,
    /// ToNumeric (the old value of `x++`).
    ToNumeric,
    /// ToString (template literal substitutions).
    ToString,
    /// ToBoolean, giving a `Bool`.
    ToBool,
    /// Logical not of a `Bool`.
    Not,
    TypeOf,
    /// Whether the value is `undefined` or `null`, giving a `Bool`.
    IsNullish,
    /// Whether the value is the iteration-done marker, giving a `Bool`.
    IsDone,
    /// Whether the value is an object, giving a `Bool`.
    IsObject,
    /// ToPropertyKey: a string or symbol (computed class element keys, evaluated once).
    ToPropertyKey,
    /// `x + 1` on a value ToNumeric already converted, with the one of its type (1 or 1n):
    /// the new value of `x++`.
    Inc,
    /// `x - 1` likewise, for `x--`.
    Dec,
    /// The `this` of a sloppy function: an object as is, undefined and null as the global
    /// object, other primitives boxed (OrdinaryCallBindThis).
    SloppyThis,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Undefined,
    Null,
    Bool(bool),
    Int(i32),
    Num(f64),
    /// A string literal (an atom).
    Str(StrId),
    /// A BigInt literal: its decimal digits.
    BigInt(StrId),
    /// The array-hole marker, only as an element of `NewArray`.
    Hole,
    /// The TDZ marker, to initialise a lexical binding.
    Uninit,
    /// Parameter `i` of the JS calling convention's actual arguments (undefined if absent).
    Param(u32),
    /// The callee function object.
    Callee,
    /// The raw `this` argument.
    This,
    /// `new.target`.
    NewTarget,
    /// The environment the callee closes over.
    CalleeEnv,
    /// An unmapped arguments object.
    Arguments,
    /// A mapped arguments object (§10.4.4.7): element `i` aliases slot `slots[i]` of the
    /// environment while `i` is below the argument count (`u32::MAX`: not mapped).
    MappedArguments { env: ValueId, slots: Vec<u32> },
    /// An array of the actual arguments from index `n` on.
    Rest(u32),
    GetLocal(LocalId),
    SetLocal(LocalId, ValueId),
    /// A new environment with `size` slots (all TDZ) whose parent is the given one.
    NewEnv { parent: ValueId, size: u32 },
    EnvParent(ValueId),
    EnvLoad(ValueId, u32),
    EnvStore(ValueId, u32, ValueId),
    /// Throws a ReferenceError if the value is the TDZ marker; names the binding.
    CheckTdz(ValueId, StrId),
    ThrowConstAssign(StrId),
    Unary(UnOp, ValueId),
    Binary(BinOp, ValueId, ValueId),
    GetProp(ValueId, StrId),
    SetProp(ValueId, StrId, ValueId),
    GetElem(ValueId, ValueId),
    SetElem(ValueId, ValueId, ValueId),
    Delete(ValueId, ValueId),
    GetGlobal(StrId),
    TypeOfGlobal(StrId),
    SetGlobal(StrId, ValueId),
    /// ToObject (TypeError for null and undefined): the object of a `with` statement.
    ToObject(ValueId),
    /// HasBinding of a `with` object (§9.1.1.2.1): HasProperty, unless @@unscopables blocks
    /// the name; a `Bool`.
    WithHas(ValueId, StrId),
    /// GetBindingValue of a `with` object: undefined (ReferenceError in strict code) if the
    /// property has gone since, else Get.
    WithGet(ValueId, StrId),
    /// SetMutableBinding of a `with` object: Set (in strict code a ReferenceError if the
    /// property has gone).
    WithSet(ValueId, StrId, ValueId),
    NewObject,
    DefineField(ValueId, ValueId, ValueId),
    /// An object literal's `key: value` with a constant (non-index) key: like DefineField, but
    /// the site caches the shape transition.
    DefineNamed(ValueId, StrId, ValueId),
    NewArray(Vec<ValueId>),
    Closure(FuncId, ValueId),
    /// A call; `what` names the callee expression for the TypeError message.
    Call { callee: ValueId, this: ValueId, args: Vec<ValueId>, what: StrId },
    /// A call of a known function: no callable check, direct code address.
    CallDirect { func: FuncId, callee: ValueId, this: ValueId, args: Vec<ValueId> },
    New { callee: ValueId, args: Vec<ValueId>, what: StrId },
    /// Appends a value (or a hole) to an array under construction.
    ArrayPush(ValueId, ValueId),
    /// Appends everything an iterable yields (`...x` in an array literal or argument list).
    ArrayAppendSpread(ValueId, ValueId),
    /// The rest of an iterator as an array.
    IterRest(ValueId),
    /// CopyDataProperties(target, source, excluded keys array or undefined).
    CopyDataProperties(ValueId, ValueId, ValueId),
    /// TypeError unless the value is an object or primitive other than null/undefined.
    RequireObjectCoercible(ValueId, StrId),
    /// A call whose arguments are the elements of an array.
    CallSpread { callee: ValueId, this: ValueId, args: ValueId, what: StrId },
    NewSpread { callee: ValueId, args: ValueId, what: StrId },
    /// Defines an accessor property (getter and/or setter; the other is `undefined`).
    DefineAccessor { obj: ValueId, key: ValueId, getter: ValueId, setter: ValueId, enumerable: bool },
    /// Defines a non-enumerable method (class bodies).
    DefineMethod(ValueId, ValueId, ValueId),
    SetPrototypeOf(ValueId, ValueId),
    /// Sets a method's home object (what `super.x` searches from).
    SetHome(ValueId, ValueId),
    /// SetFunctionName for a computed key: names an anonymous function after the property
    /// key (`[desc]` for a symbol), with a prefix ("get"/"set") if the string is not empty.
    SetFunctionName(ValueId, ValueId, StrId),
    /// The callee's home object.
    HomeObject,
    /// `super[key]` with `this` as the receiver: (base from `SuperBase`, key, this).
    SuperGet(ValueId, ValueId, ValueId),
    /// GetSuperBase: the home object's prototype (what a super reference looks up from).
    SuperBase(ValueId),
    /// The prototype parent for `class extends value` (bool: whether there is an `extends`).
    ClassHeritage(ValueId, bool),
    /// Links constructor and prototype: (constructor, prototype, parent constructor or
    /// undefined, instance field initialiser or undefined).
    MakeClass(ValueId, ValueId, ValueId, ValueId),
    /// `super(...args)` in a derived constructor: constructs the parent with new.target.
    SuperCall(Vec<ValueId>),
    SuperCallSpread(ValueId),
    /// ReferenceError unless the value is the TDZ marker (super() called twice).
    CheckSuperOnce(ValueId),
    /// Runs the callee class's instance field initialiser on the value.
    InitFields(ValueId),
    ThrowTypeError(StrId),
    ThrowReferenceError(StrId),
    /// Module graphs (module `u32` is an index into the program's module table, see
    /// `runtime-lib/src/esm.rs`): registers module N, its format and path, and its body: the
    /// body function of an ES module or CommonJS file (which takes node's wrapper
    /// parameters), the source text of a JSON file.
    ModuleRegister { module: u32, format: ModuleFormat, body: ValueId, path: StrId },
    /// Module N statically imports module M.
    ModuleDep(u32, u32),
    /// Module N exports `name`, read from `from`.
    ModuleExport { module: u32, name: StrId, from: ExportFrom },
    /// CommonJS module N's `require(specifier)` gives module M (resolved at compile time).
    ModuleRequire { module: u32, specifier: StrId, target: u32 },
    /// CommonJS module N's `require(specifier)` (or `import()`) throws node's error: its code
    /// and message, followed by the require stack when `require_stack`.
    ModuleRequireFails { module: u32, specifier: StrId, code: StrId, message: StrId, require_stack: bool },
    /// `require` of the directory `path` (a package, or a directory with a package.json
    /// "main") gives module N: for specifiers computed at run time.
    ModuleDirectory { path: StrId, module: u32 },
    /// A module body's top-level environment, registered for importers.
    SetModuleEnv(u32, ValueId),
    /// Module N's top-level environment (ReferenceError before its body made it).
    ModuleEnv(u32),
    /// CommonJS module N's `module.exports`, as its evaluation left it (what an ES module's
    /// default import of it reads; named imports read its properties).
    ModuleExports(u32),
    /// Evaluates module N (and what it imports) unless done.
    ModuleEvaluate(u32),
    /// Instantiates module N: calls its body in its instantiation mode (see
    /// `lower::FnBuilder::module_phases`).
    ModuleInstantiate(u32),
    ModuleNamespace(u32),
    ImportMeta(u32),
    /// `import("./x.mjs")` of module N: a promise of its namespace.
    ImportModule(u32),
    /// `import(specifier)` resolved at run time, from module N (or u32::MAX outside modules).
    ImportDynamic(ValueId, u32),
    /// `super[key] = value`: [[Set]] on the base (`SuperBase`) with `this` as the
    /// receiver; a failed set throws in strict code.
    SuperSet { home: ValueId, key: ValueId, this: ValueId, value: ValueId },
    /// A new private name (a hidden symbol) for `#x` in a class.
    NewPrivateName(StrId),
    /// `obj.#x` (TypeError if `obj` lacks it): (object, private symbol).
    GetPrivate(ValueId, ValueId),
    SetPrivate(ValueId, ValueId, ValueId),
    /// Adds a private field (`method` false) or method (read-only) to an object; TypeError if
    /// it already has it.
    DefinePrivate { obj: ValueId, name: ValueId, value: ValueId, method: bool },
    DefinePrivateAccessor { obj: ValueId, name: ValueId, getter: ValueId, setter: ValueId },
    /// `#x in obj`.
    HasPrivate(ValueId, ValueId),
    /// A tagged template's strings object: made once per site (cached), frozen, with `raw`.
    /// Cooked strings are `None` where an escape was invalid (the value is undefined).
    TemplateObject { cooked: Vec<Option<StrId>>, raw: Vec<StrId> },
    /// A regular expression literal: a new RegExp object each evaluation (pattern, flags).
    NewRegExp(StrId, StrId),
    /// Generators: creates the generator object for the current call.
    GeneratorCreate,
    /// Generators: how execution resumed (0 next, 1 throw, 2 return) and with which value.
    ResumeMode,
    ResumeValue,
    /// `yield*` step: (iterator, value, mode) → the inner iterator's result object.
    YieldStarStep(ValueId, ValueId, ValueId),
    /// The pending exception, at the start of a handler block.
    TakeException,
    ForInInit(ValueId),
    ForInNext(ValueId),
    IterInit(ValueId),
    IterNext(ValueId),
    /// IteratorClose of an iterator left early; `true` when leaving by an exception (then
    /// errors from `return()` are ignored).
    IterClose(ValueId, bool),
    /// Async generators: the suspension that follows is a `yield` (not an `await`).
    YieldMark,
    /// Async iteration (`for await`, async `yield*`): GetIterator(v, async) → a record.
    AsyncIterInit(ValueId),
    /// next() on an async iteration record: its (unawaited) result.
    AsyncIterNext(ValueId),
    /// Async `yield*` step: (record, value, mode) → the inner method's unawaited result, or
    /// the hole when the inner iterator has no `throw`/`return`.
    AsyncYieldStarStep(ValueId, ValueId, ValueId),
    /// AsyncIteratorClose's call of `return()`: its unawaited result, or the hole.
    AsyncIterClose(ValueId),
    /// TypeError unless the value (an iterator result) is an object.
    IterResultCheck(ValueId),
    /// Classes: gives the instance-fields initializer `f` the array of its computed field
    /// keys (evaluated with the class definition).
    SetFieldKeys(ValueId, ValueId),
    /// In the instance-fields initializer: computed field key number N.
    FieldKey(u32),
    /// An ES module's import of a core module: its exports object.
    CoreModule(StrId),
    /// A new promise rejected with the value (an async function whose parameters threw).
    RejectedPromise(ValueId),
    /// A classic script's top-level `var`: a global property (undefined) unless one exists.
    DeclareGlobalVar(StrId),
    /// A classic script's top-level function: the global property set to the function.
    DeclareGlobalFunction(StrId, ValueId),
}

impl Op {
    /// Whether the operation can throw (codegen checks for the exception sentinel after it).
    pub fn may_throw(&self) -> bool {
        match self {
            Op::Unary(op, _) => !matches!(op, UnOp::ToBool | UnOp::Not | UnOp::TypeOf | UnOp::IsNullish | UnOp::IsDone | UnOp::IsObject | UnOp::SloppyThis),
            Op::Binary(op, _, _) => *op != BinOp::StrictEq,
            Op::CheckTdz(..)
            | Op::ThrowConstAssign(_)
            | Op::GetProp(..)
            | Op::SetProp(..)
            | Op::GetElem(..)
            | Op::SetElem(..)
            | Op::Delete(..)
            | Op::GetGlobal(_)
            | Op::SetGlobal(..)
            | Op::ToObject(_)
            | Op::WithHas(..)
            | Op::WithGet(..)
            | Op::WithSet(..)
            | Op::DeclareGlobalVar(_)
            | Op::DeclareGlobalFunction(..)
            | Op::DefineField(..)
            | Op::DefineNamed(..)
            | Op::Call { .. }
            | Op::CallDirect { .. }
            | Op::New { .. }
            | Op::ForInInit(_)
            | Op::IterInit(_)
            | Op::IterNext(_)
            | Op::IterClose(..)
            | Op::ArrayAppendSpread(..)
            | Op::IterRest(_)
            | Op::CopyDataProperties(..)
            | Op::RequireObjectCoercible(..)
            | Op::CallSpread { .. }
            | Op::NewSpread { .. }
            | Op::DefineAccessor { .. }
            | Op::DefineMethod(..)
            | Op::SuperGet(..)
            | Op::ClassHeritage(..)
            | Op::SuperCall(_)
            | Op::SuperCallSpread(_)
            | Op::CheckSuperOnce(_)
            | Op::InitFields(_)
            | Op::ThrowTypeError(_)
            | Op::ThrowReferenceError(_)
            | Op::ModuleEnv(_)
            | Op::ModuleEvaluate(_)
            | Op::ModuleInstantiate(_)
            | Op::SuperSet { .. }
            | Op::GeneratorCreate
            | Op::NewRegExp(..)
            | Op::GetPrivate(..)
            | Op::SetPrivate(..)
            | Op::DefinePrivate { .. }
            | Op::DefinePrivateAccessor { .. }
            | Op::HasPrivate(..)
            | Op::YieldStarStep(..)
            | Op::AsyncIterInit(_)
            | Op::AsyncIterNext(_)
            | Op::AsyncYieldStarStep(..)
            | Op::AsyncIterClose(_)
            | Op::IterResultCheck(_) => true,
            _ => false,
        }
    }

    /// Every value the operation reads, mutably (the one list of operand positions;
    /// `operands` and the passes' renaming both use it).
    pub fn operands_mut(&mut self) -> Vec<&mut ValueId> {
        let mut out: Vec<&mut ValueId> = Vec::new();
    match self {
            Op::ModuleRegister { body: v, .. }
            | Op::SetModuleEnv(_, v)
            | Op::ImportDynamic(v, _)
            | Op::SetLocal(_, v)
            | Op::EnvParent(v)
            | Op::EnvLoad(v, _)
            | Op::CheckTdz(v, _)
            | Op::Unary(_, v)
            | Op::GetProp(v, _)
            | Op::SetGlobal(_, v)
            | Op::ToObject(v)
            | Op::WithHas(v, _)
            | Op::WithGet(v, _)
            | Op::MappedArguments { env: v, .. }
            | Op::DeclareGlobalFunction(_, v)
            | Op::RejectedPromise(v)
            | Op::SuperBase(v)
            | Op::Closure(_, v)
            | Op::ForInInit(v)
            | Op::ForInNext(v)
            | Op::IterInit(v)
            | Op::IterNext(v)
            | Op::IterRest(v)
            | Op::IterClose(v, _)
            | Op::AsyncIterInit(v)
            | Op::AsyncIterNext(v)
            | Op::AsyncIterClose(v)
            | Op::IterResultCheck(v)
            | Op::RequireObjectCoercible(v, _)
            | Op::ClassHeritage(v, _)
            | Op::SuperCallSpread(v)
            | Op::CheckSuperOnce(v)
            | Op::InitFields(v) => out.push(v),
            Op::NewEnv { parent, .. } => out.push(parent),
            Op::EnvStore(a, _, b)
            | Op::Binary(_, a, b)
            | Op::SetProp(a, _, b)
            | Op::WithSet(a, _, b)
            | Op::DefineNamed(a, _, b)
            | Op::GetElem(a, b)
            | Op::Delete(a, b)
            | Op::ArrayPush(a, b)
            | Op::ArrayAppendSpread(a, b)
            | Op::SetPrototypeOf(a, b)
            | Op::SetHome(a, b)
            | Op::SetFunctionName(a, b, _)
            | Op::GetPrivate(a, b)
            | Op::HasPrivate(a, b)
            | Op::SetFieldKeys(a, b) => {
                out.push(a);
                out.push(b);
            }
            Op::NewSpread { callee, args, .. } => {
                out.push(callee);
                out.push(args);
            }
            Op::SetElem(a, b, c)
            | Op::DefineField(a, b, c)
            | Op::CopyDataProperties(a, b, c)
            | Op::DefineMethod(a, b, c)
            | Op::SuperGet(a, b, c)
            | Op::SetPrivate(a, b, c)
            | Op::DefinePrivate { obj: a, name: b, value: c, .. }
            | Op::YieldStarStep(a, b, c)
            | Op::AsyncYieldStarStep(a, b, c) => {
                out.push(a);
                out.push(b);
                out.push(c);
            }
            Op::CallSpread { callee, this, args, .. } => {
                out.push(callee);
                out.push(this);
                out.push(args);
            }
            Op::MakeClass(a, b, c, d) => {
                out.push(a);
                out.push(b);
                out.push(c);
                out.push(d);
            }
            Op::SuperSet { home, key, this, value } => {
                out.push(home);
                out.push(key);
                out.push(this);
                out.push(value);
            }
            Op::DefinePrivateAccessor { obj, name: key, getter, setter } | Op::DefineAccessor { obj, key, getter, setter, .. } => {
                out.push(obj);
                out.push(key);
                out.push(getter);
                out.push(setter);
            }
            Op::NewArray(vs) | Op::SuperCall(vs) => out.extend(vs.iter_mut()),
            Op::Call { callee, this, args, .. } | Op::CallDirect { callee, this, args, .. } => {
                out.push(callee);
                out.push(this);
                out.extend(args.iter_mut());
            }
            Op::New { callee, args, .. } => {
                out.push(callee);
                out.extend(args.iter_mut());
            }
            _ => {}
        }
        out
    }

    /// The values the operation reads.
    pub fn operands(&self) -> Vec<ValueId> {
        self.clone().operands_mut().into_iter().map(|v| *v).collect()
    }
}

#[derive(Clone, Debug)]
pub struct Inst {
    pub result: Option<ValueId>,
    pub op: Op,
    /// Source position (byte offset into the file) for diagnostics and stack traces.
    pub pos: u32,
}

#[derive(Clone, Debug)]
pub enum Term {
    Jump(BlockId),
    /// Branches on a `Bool`-typed value.
    Branch(ValueId, BlockId, BlockId),
    Return(ValueId),
    Throw(ValueId),
    /// Generators only: saves every local in the generator object, returns the value to
    /// the caller of next() (or the new generator object at the first suspension), and later
    /// resumes at the block given, whose index in `Function::resume_points` is the state.
    Suspend(ValueId, BlockId),
    Unreachable,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Term,
    /// Where a throwing instruction of this block continues; `None` propagates the exception
    /// to the caller.
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// The module (program) function.
    Main,
    /// An ES module's function when its top level awaits: an async function whose promise
    /// the runtime watches (`kiln_tla_start`).
    AsyncMain,
    Normal,
    Arrow,
    Method,
    /// A class constructor (`new` only).
    ClassConstructor,
    /// The constructor of a class with `extends`: `this` comes from super().
    DerivedConstructor,
    /// A generator function: a state machine that suspends at `Term::Suspend`.
    Generator,
    /// An async function (or async arrow/method): the same state machine, driven by
    /// promises; its first suspension hands the generator to the runtime, which returns the
    /// function's promise.
    Async,
    /// An async generator: the same state machine again; `yield`s are marked (`YieldMark`)
    /// so the runtime can tell them from `await`s, and its request queue drives it.
    AsyncGenerator,
}

impl FuncKind {
    /// Generators, async functions and async generators: compiled as resumable state
    /// machines.
    pub fn is_resumable(self) -> bool {
        matches!(self, FuncKind::Generator | FuncKind::Async | FuncKind::AsyncGenerator | FuncKind::AsyncMain)
    }

    /// The program's own function.
    pub fn is_main(self) -> bool {
        matches!(self, FuncKind::Main | FuncKind::AsyncMain)
    }
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub kind: FuncKind,
    pub strict: bool,
    /// The `length` property: parameters before the first default or rest.
    pub length: u32,
    /// The function's source text, for Function.prototype.toString.
    pub source: String,
    pub locals: Vec<Local>,
    pub blocks: Vec<Block>,
    pub value_types: Vec<Ty>,
    /// Generators: the blocks execution resumes at, indexed by state.
    pub resume_points: Vec<BlockId>,
    /// Generators: the local holding the generator object.
    pub generator_local: Option<LocalId>,
}

impl Function {
    pub fn ty(&self, v: ValueId) -> Ty {
        self.value_types[v.0 as usize]
    }
    pub fn is_constructor(&self) -> bool {
        matches!(self.kind, FuncKind::Normal | FuncKind::ClassConstructor | FuncKind::DerivedConstructor)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub functions: Vec<Function>,
    /// String literals (and names), interned: UTF-16 code units.
    pub strings: Vec<Vec<u16>>,
}

impl Module {
    pub fn string(&self, s: StrId) -> String {
        String::from_utf16_lossy(&self.strings[s.0 as usize])
    }
}
