// Object-heavy code: constructors, prototype methods, many small objects,
// property reads and writes.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k); };
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
function Particle(id) {
  this.id = id;
  this.pos = new Vec(id % 100, (id * 7) % 100);
  this.vel = new Vec(((id * 13) % 7) - 3, ((id * 17) % 5) - 2);
  this.hits = 0;
}
Particle.prototype.step = function () {
  this.pos = this.pos.add(this.vel);
  if (this.pos.x < 0 || this.pos.x > 100) { this.vel.x = -this.vel.x; this.hits++; }
  if (this.pos.y < 0 || this.pos.y > 100) { this.vel.y = -this.vel.y; this.hits++; }
};
var particles = [];
for (var i = 0; i < 5000; i++) particles.push(new Particle(i));
for (var s = 0; s < 2500; s++) {
  for (var p = 0; p < particles.length; p++) particles[p].step();
}
var hits = 0, energy = 0;
for (var q = 0; q < particles.length; q++) {
  hits += particles[q].hits;
  energy += particles[q].vel.dot(particles[q].vel);
}
var records = {};
for (var r = 0; r < 2000000; r++) {
  var key = 'k' + (r % 500);
  var rec = records[key];
  if (rec === undefined) { rec = { count: 0, total: 0 }; records[key] = rec; }
  rec.count++;
  rec.total += r;
}
var rsum = 0;
for (var k in records) rsum = (rsum + records[k].total % 9973 + records[k].count) % 1000000007;
console.log('hits', hits, 'energy', energy, 'records', rsum);
