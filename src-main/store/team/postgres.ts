export function openPostgresTeamStore(_url: string): never { throw new Error("todo"); }
