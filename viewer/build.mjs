// Bundles src/ into ../itwin_mesh_async/view/static (or the folder given as the first argument);
// the tile server serves that folder's files at /.itwin-mesh/view/ (index.html at /).
// The output is deterministic: same lockfile, same bytes (the tests compare it with the shipped one).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname( fileURLToPath( import.meta.url ) );
const out = resolve( process.argv[ 2 ] || join( here, '..', 'itwin_mesh_async', 'view', 'static' ) );
rmSync( out, { recursive: true, force: true } );
mkdirSync( join( out, 'draco' ), { recursive: true } );

const result = await build( {
	metafile: true,
	entryPoints: [ join( here, 'src', 'main.js' ) ],
	outfile: join( out, 'viewer.js' ),
	bundle: true,
	format: 'esm',
	minify: true,
	target: [ 'es2020' ],
	legalComments: 'eof',
	charset: 'utf8',
	logLevel: 'warning',
} );

copyFileSync( join( here, 'src', 'index.html' ), join( out, 'index.html' ) );
const draco = join( here, 'node_modules', 'three', 'examples', 'jsm', 'libs', 'draco', 'gltf' );
for ( const name of [ 'draco_wasm_wrapper.js', 'draco_decoder.wasm' ] ) {
	copyFileSync( join( draco, name ), join( out, 'draco', name ) );
}

// The licences of what the bundle holds, one file next to it (the wheel carries them along).
const packages = new Set();
for ( const input of Object.keys( result.metafile.inputs ) ) {
	const match = input.match( /node_modules\/((?:@[^/]+\/)?[^/]+)\// );
	if ( match ) packages.add( match[ 1 ] );
}
const sections = [ ...packages ].sort().map( ( name ) => {
	const folder = join( here, 'node_modules', name );
	const meta = JSON.parse( readFileSync( join( folder, 'package.json' ), 'utf8' ) );
	const file = [ 'LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license' ]
		.map( ( f ) => join( folder, f ) ).find( ( f ) => existsSync( f ) );
	const text = file ? readFileSync( file, 'utf8' ).trim() : `License: ${ meta.license }`;
	return `${ name } ${ meta.version } (${ meta.license })\n\n${ text }\n`;
} );
sections.push( 'draco decoder (draco/, from three/examples/jsm/libs/draco) (Apache-2.0)\n\n'
	+ 'Copyright Google LLC. Licensed under the Apache License, Version 2.0: '
	+ 'https://www.apache.org/licenses/LICENSE-2.0\n' );
writeFileSync( join( out, 'THIRD_PARTY_LICENSES.txt' ),
	'Third-party software bundled in this folder.\n\n' + sections.join( '\n' + '-'.repeat( 72 ) + '\n\n' ) );
