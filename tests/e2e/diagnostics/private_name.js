class Counter {
  #count = 0;
  get #count() {
    return 1;
  }
}
console.log(new Counter());
