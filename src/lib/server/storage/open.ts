import { join, resolve } from 'node:path';
import type { ServerConfig } from '../app/config.ts';
import { openLocalStorage } from './local.ts';
import type { Storage } from './port.ts';
import { openSupabaseStorage } from './supabase.ts';

/** The storage the settings choose: the Supabase bucket when configured, else files under DATA_DIR. */
export function openConfiguredStorage(config: ServerConfig): Storage {
	return config.supabase
		? openSupabaseStorage({ url: config.supabase.url, serviceKey: config.supabase.serviceKey })
		: openLocalStorage(join(resolve(config.DATA_DIR), 'files'));
}
