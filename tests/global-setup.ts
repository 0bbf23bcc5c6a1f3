import { installSystemPackages } from './support/system-packages.js';

export default function setup(): void {
  installSystemPackages();
}
