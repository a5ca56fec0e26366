function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.log = [];
}
Account.prototype.deposit = function (amount) {
  if (amount <= 0) throw new RangeError('deposit must be positive');
  this.balance += amount;
  this.log.push('+' + amount);
  return this.balance;
};
Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) throw new Error('insufficient funds in ' + this.owner);
  this.balance -= amount;
  this.log.push('-' + amount);
  return this.balance;
};
Account.prototype.transfer = function (to, amount) {
  this.withdraw(amount);
  to.deposit(amount);
};
function Bank() { this.accounts = {}; this.count = 0; }
Bank.prototype.open = function (owner, initial) {
  var acct = new Account(owner, initial);
  this.accounts[owner] = acct;
  this.count++;
  return acct;
};
Bank.prototype.total = function () {
  var t = 0;
  for (var k in this.accounts) t += this.accounts[k].balance;
  return t;
};
var bank = new Bank();
var alice = bank.open('alice', 100);
var bob = bank.open('bob');
alice.deposit(50);
alice.transfer(bob, 70);
try { bob.withdraw(500); } catch (e) { console.log('error:', e.message); }
try { bob.deposit(-5); } catch (e) { console.log(e.name + ':', e.message); }
bob.withdraw(20);
for (var i = 1; i <= 5; i++) { alice.deposit(i * 3); bob.deposit(i); }
console.log(alice.owner, alice.balance, alice.log.join(' '));
console.log(bob.owner, bob.balance, bob.log.join(' '));
console.log('accounts', bank.count, 'total', bank.total());
console.log(bob);
