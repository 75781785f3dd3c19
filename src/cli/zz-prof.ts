import { formatSummary, summariseProfile } from './bench/profile.ts';
console.log(formatSummary(process.argv[2]!, summariseProfile(process.argv[2]!, Number(process.argv[3] ?? 25))));
