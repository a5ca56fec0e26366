"use strict";
if (true) function f() {}
