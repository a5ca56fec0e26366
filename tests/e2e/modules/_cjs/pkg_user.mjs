// An ES module importing CommonJS packages by name ("somepkg" has an "import" condition).
import plain from 'plainpkg';
import some from 'somepkg';
import scoped from '@kiln/scoped';
export { plain, some, scoped };
