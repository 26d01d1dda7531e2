'use client';
import dynamic from 'next/dynamic';

/**
 * Every page carries the not-found boundary's client code in chunks of its own, so the 404 page's
 * chrome imported directly would put the header's and footer's islands on every page twice. Behind
 * this client-side dynamic import the 404 page's code loads only when it shows (404.html preloads it).
 */
export const NotFoundLoader = dynamic(() => import('./NotFoundPage'));
