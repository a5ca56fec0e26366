// Private fields, methods, accessors and statics; brand checks; `#x in obj`.
class Account {
  #balance = 0;
  static #count = 0;
  #log = [];
  constructor(owner) {
    this.owner = owner;
    Account.#count++;
  }
  #record(kind, n) { this.#log.push(`${kind}:${n}`); }
  deposit(n) { this.#balance += n; this.#record('in', n); return this; }
  get balance() { return this.#balance; }
  get #secret() { return 'secret of ' + this.owner; }
  reveal() { return this.#secret; }
  history() { return this.#log.join(','); }
  static count() { return Account.#count; }
  static isAccount(o) { return #balance in o; }
  static #helper() { return 'static private'; }
  static useHelper() { return Account.#helper(); }
}
const a = new Account('ann').deposit(5).deposit(7);
new Account('bob');
console.log(a.balance, a.history(), a.reveal(), Account.count(), Account.useHelper());
console.log(a, Object.keys(a), JSON ? 1 : 0);
console.log(Account.isAccount(a), Account.isAccount({}));
try { Account.prototype.deposit.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
class Counter {
  #n = 0;
  inc = () => ++this.#n;
  static read(c) { return c.#n; }
}
const c = new Counter();
c.inc(); c.inc();
console.log(Counter.read(c));
class Sub extends Counter {
  #n = 'sub own';
  subN() { return this.#n; }
}
const s = new Sub();
s.inc();
console.log(s.subN(), Counter.read(s));
