// The host-defined bindings of test262 (INTERPRETING.md, "Host-Defined Functions"), evaluated
// before the harness files in every test that is not `raw`. Written in the JavaScript subset
// Kiln compiles today; a hook Kiln cannot provide throws when called, so a test that needs it
// fails with that message instead of being hidden.
(function (global) {
  function define(name, value) {
    if (typeof Object.defineProperty === "function") {
      Object.defineProperty(global, name, { value: value, writable: true, enumerable: false, configurable: true });
    } else {
      // FIXME: enumerable, unlike the spec's host bindings, until Kiln has Object.defineProperty.
      global[name] = value;
    }
  }
  function unsupported(name, why) {
    return function () {
      throw new Error("$262." + name + " is not supported: " + why);
    };
  }
  // test262 leaves unhandled rejections to the host (HostPromiseRejectionTracker); node's
  // default of exiting with an error is not what the tests assume.
  process.on("unhandledRejection", function () {});
  define("print", function (message) {
    console.log(String(message));
  });
  define("$262", {
    global: global,
    gc: unsupported("gc", "Kiln does not expose its garbage collector"),
    evalScript: unsupported("evalScript", "an ahead-of-time compiled program cannot evaluate a script"),
    createRealm: unsupported("createRealm", "a Kiln program has one realm"),
    detachArrayBuffer: function (buffer) {
      // ArrayBuffer.prototype.transfer (ES2024) detaches its receiver.
      buffer.transfer();
    },
  });
})(globalThis);
